// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.os;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftTuple;
import dev.weft.stdlib.Args;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** os.path, which is posixpath: the string operations of {@link PosixPath} and file tests. */
public final class PathModule {
    private PathModule() {}

    /** Fills the posixpath module. */
    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("sep", "/");
        d.putStr("curdir", ".");
        d.putStr("pardir", "..");
        d.putStr("extsep", ".");
        fn(d, "join", (t, a, k) -> {
            Args.positional("join", a, k, 1, Integer.MAX_VALUE);
            return PosixPath.join(t, a[0], java.util.Arrays.copyOfRange(a, 1, a.length));
        });
        one(d, "basename", (t, p) -> PosixPath.basename(p));
        one(d, "dirname", (t, p) -> PosixPath.dirname(p));
        one(d, "split", (t, p) -> WeftTuple.of((Object[]) PosixPath.split(p)));
        one(d, "splitext", (t, p) -> WeftTuple.of((Object[]) PosixPath.splitext(p)));
        one(d, "splitdrive", (t, p) -> WeftTuple.of("", p));
        one(d, "normpath", (t, p) -> PosixPath.normpath(p));
        one(d, "abspath", (t, p) -> PosixPath.abspath(p, OsModule.cwd()));
        one(d, "realpath", (t, p) -> realpath(p));
        one(d, "isabs", (t, p) -> p.startsWith("/"));
        one(d, "expanduser", (t, p) -> PosixPath.expanduser(p, System.getenv("HOME")));
        one(d, "exists", (t, p) -> file(p) != null && Files.exists(file(p)));
        one(d, "lexists", (t, p) -> file(p) != null
                && Files.exists(file(p), LinkOption.NOFOLLOW_LINKS));
        one(d, "isfile", (t, p) -> file(p) != null && Files.isRegularFile(file(p)));
        one(d, "isdir", (t, p) -> file(p) != null && Files.isDirectory(file(p)));
        one(d, "islink", (t, p) -> file(p) != null && Files.isSymbolicLink(file(p)));
        one(d, "getsize", (t, p) -> size(p));
        one(d, "getmtime", (t, p) -> mtime(p));
        fn(d, "commonprefix", (t, a, k) ->
                PosixPath.commonprefix(t, Args.one("commonprefix", a, k)));
        fn(d, "relpath", (t, a, k) -> {
            Args.positional("relpath", a, k, 1, 2);
            String start = a.length > 1 && a[1] != dev.weft.runtime.WeftNone.NONE
                    ? PosixPath.fspath(t, a[1], null) : ".";
            return PosixPath.relpath(PosixPath.fspath(t, a[0], null), start, OsModule.cwd());
        });
    }

    /** The path as the file system sees it (relative to the working directory), or null. */
    private static Path file(String p) {
        if (p.isEmpty()) {
            return null;
        }
        try {
            Path path = Path.of(p);
            return path.isAbsolute() ? path : Path.of(OsModule.cwd()).resolve(path);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Object size(String p) {
        Path f = file(p);
        try {
            if (f == null) {
                throw new java.nio.file.NoSuchFileException(p);
            }
            return Files.size(f);
        } catch (java.io.IOException e) {
            throw OsModule.osError(dev.weft.runtime.ErrorTypes.FILE_NOT_FOUND_ERROR, 2,
                    "No such file or directory", p);
        }
    }

    private static Object mtime(String p) {
        Path f = file(p);
        try {
            if (f == null) {
                throw new java.nio.file.NoSuchFileException(p);
            }
            java.time.Instant at = Files.getLastModifiedTime(f).toInstant();
            return at.getEpochSecond() + at.getNano() / 1e9;
        } catch (java.io.IOException e) {
            throw OsModule.osError(dev.weft.runtime.ErrorTypes.FILE_NOT_FOUND_ERROR, 2,
                    "No such file or directory", p);
        }
    }

    private static String realpath(String p) {
        String abs = PosixPath.abspath(p, OsModule.cwd());
        try {
            return Path.of(abs).toRealPath().toString();
        } catch (java.io.IOException e) {
            return abs;
        }
    }

    /** A function of one path. */
    @FunctionalInterface
    private interface PathFunction {
        Object apply(Fiber t, String path);
    }

    private static void one(WeftDict d, String name, PathFunction f) {
        fn(d, name, (t, a, k) -> {
            Args.positional(name, a, k, 1, 1);
            return f.apply(t, PosixPath.fspath(t, a[0], null));
        });
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }
}
