// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.os;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Args;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The os module (the POSIX flavour CPython has on Linux): the environment as a snapshot dict,
 * the working directory, directory listing, process id, and os.path (posixpath).
 */
public final class OsModule {
    private OsModule() {}

    private static final SecureRandom ENTROPY = new SecureRandom();

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("name", "posix");
        d.putStr("sep", "/");
        d.putStr("altsep", WeftNone.NONE);
        d.putStr("extsep", ".");
        d.putStr("pathsep", ":");
        d.putStr("linesep", "\n");
        d.putStr("curdir", ".");
        d.putStr("pardir", "..");
        d.putStr("devnull", "/dev/null");
        WeftDict environ = environment();
        d.putStr("environ", environ);
        fn(d, "getenv", (t, a, k) -> {
            Object[] b = GETENV.bind(a, k);
            if (!(b[0] instanceof String)) {
                throw dev.weft.runtime.Errors.typeError("str expected, not "
                        + dev.weft.runtime.Types.name(b[0]));
            }
            Object v = environ.get(t, b[0]);
            return v != null ? v : b[1] == null ? WeftNone.NONE : b[1];
        });
        fn(d, "getcwd", (t, a, k) -> cwd());
        fn(d, "getpid", (t, a, k) -> ProcessHandle.current().pid());
        fn(d, "cpu_count", (t, a, k) -> (long) Runtime.getRuntime().availableProcessors());
        fn(d, "fspath", (t, a, k) -> PosixPath.fspath(t, Args.one("fspath", a, k), null));
        fn(d, "listdir", (t, a, k) -> {
            Args.positional("listdir", a, k, 0, 1);
            return listdir(t, a.length == 0 || a[0] == WeftNone.NONE ? "."
                    : PosixPath.fspath(t, a[0], null));
        });
        fn(d, "walk", (t, a, k) -> {
            Object[] b = WALK.bind(a, k);
            boolean topdown = b[1] == null || dev.weft.runtime.Truth.isTrue(t, b[1]);
            WeftList out = new WeftList();
            walk(PosixPath.fspath(t, b[0], null), topdown, out);
            return dev.weft.runtime.Iter.iter(t, out);
        });
        fn(d, "urandom", (t, a, k) -> {
            byte[] b = new byte[(int) dev.weft.runtime.IntOps.clampLong(
                    Args.toIndex(t, Args.one("urandom", a, k)))];
            ENTROPY.nextBytes(b);
            return new WeftBytes(b);
        });
        WeftDict modules = interp.importer().modules();
        Object existing = modules.getStr("posixpath");
        WeftModule path;
        if (existing instanceof WeftModule pm) {
            path = pm;
        } else {
            path = new WeftModule("posixpath", new WeftDict(), null);
            PathModule.populate(interp, path);
            modules.putStr("posixpath", path);
        }
        d.putStr("path", path);
        modules.putStr("os.path", path);
    }

    private static final dev.weft.stdlib.Params GETENV =
            dev.weft.stdlib.Params.python("getenv(key, default=)");

    private static final dev.weft.stdlib.Params WALK =
            dev.weft.stdlib.Params.python("walk(top, topdown=, onerror=, followlinks=)");

    /** os.walk's (dirpath, dirnames, filenames) triples; unreadable directories are skipped. */
    private static void walk(String top, boolean topdown, WeftList out) {
        Path dir = Path.of(top.isEmpty() ? "." : top);
        if (!dir.isAbsolute()) {
            dir = Path.of(cwd()).resolve(dir);
        }
        WeftList dirs = new WeftList();
        WeftList files = new WeftList();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(e -> (Files.isDirectory(e) ? dirs : files)
                    .add(e.getFileName().toString()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return;
        }
        WeftTuple triple = WeftTuple.of(top, dirs, files);
        if (topdown) {
            out.add(triple);
        }
        for (int i = 0; i < dirs.size(); i++) {
            String name = (String) dirs.get(i);
            Path sub = dir.resolve(name);
            if (!Files.isSymbolicLink(sub)) {
                walk(PosixPath.join(null, top, new Object[] {name}), topdown, out);
            }
        }
        if (!topdown) {
            out.add(triple);
        }
    }

    static String cwd() {
        return System.getProperty("user.dir");
    }

    /** The environment when the module was imported, sorted by name (the JVM's is unordered). */
    private static WeftDict environment() {
        WeftDict env = new WeftDict();
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            env.putStr(e.getKey(), e.getValue());
        }
        return env;
    }

    private static Object listdir(Fiber t, String dir) {
        Path p = Path.of(dir.isEmpty() ? "." : dir);
        if (!p.isAbsolute()) {
            p = Path.of(cwd()).resolve(p);
        }
        WeftList out = new WeftList();
        try (Stream<Path> entries = Files.list(p)) {
            entries.forEach(e -> out.add(e.getFileName().toString()));
        } catch (NoSuchFileException e) {
            throw osError(ErrorTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", dir);
        } catch (NotDirectoryException e) {
            throw osError(ErrorTypes.NOT_A_DIRECTORY_ERROR, 20, "Not a directory", dir);
        } catch (IOException e) {
            throw osError(ErrorTypes.OS_ERROR, 5, "Input/output error", dir);
        }
        return out;
    }

    /** An OSError as CPython words it: [Errno 2] No such file or directory: 'x'. */
    static WeftError osError(WeftType type, int errno, String strerror, String filename) {
        return dev.weft.runtime.WeftOsError.of(type, errno, strerror, filename);
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }
}
