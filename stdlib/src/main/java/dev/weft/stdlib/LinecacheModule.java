// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.Capability;
import dev.weft.cps.Fiber;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * linecache: the lines of source files, for tracebacks, doctest and inspect. Weft's own
 * library modules are read from the resources their traceback names point at; other files
 * from disk, when the interpreter may read files.
 */
public final class LinecacheModule {
    private LinecacheModule() {}

    private static final Params GETLINE = Params.python("getline(filename, lineno,"
            + " module_globals=)");
    private static final Params GETLINES = Params.python("getlines(filename, module_globals=)");

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        WeftDict cache = new WeftDict();
        d.putStr("cache", cache);
        d.putStr("getlines", WeftBuiltin.function("getlines", (t, a, k) ->
                lines(t, cache, GETLINES.bind(a, k)[0])));
        d.putStr("getline", WeftBuiltin.function("getline", (t, a, k) -> {
            Object[] p = GETLINE.bind(a, k);
            WeftList lines = lines(t, cache, p[0]);
            long n = IntOps.clampLong(Args.toIndex(t, p[1]));
            return n >= 1 && n <= lines.size() ? lines.get((int) n - 1) : "";
        }));
        d.putStr("updatecache", WeftBuiltin.function("updatecache", (t, a, k) -> {
            cache.removeStr(String.valueOf(GETLINES.bind(a, k)[0]));
            return lines(t, cache, a[0]);
        }));
        d.putStr("clearcache", WeftBuiltin.function("clearcache", (t, a, k) -> {
            cache.clear();
            return WeftNone.NONE;
        }));
        d.putStr("checkcache", WeftBuiltin.function("checkcache", (t, a, k) -> WeftNone.NONE));
        d.putStr("lazycache", WeftBuiltin.function("lazycache", (t, a, k) -> false));
    }

    private static WeftList lines(Fiber t, WeftDict cache, Object filename) {
        if (!(filename instanceof String name) || name.isEmpty()) {
            return new WeftList();
        }
        if (cache.getStr(name) instanceof WeftTuple entry && entry.get(2) instanceof WeftList l) {
            return l;
        }
        String text = read(t.interp, name);
        if (text == null) {
            return new WeftList();
        }
        WeftList lines = split(text);
        cache.putStr(name, WeftTuple.of((long) text.length(), WeftNone.NONE, lines, name));
        return lines;
    }

    private static String read(Interpreter interp, String name) {
        String library = interp.importer().registry().sourceOf(name);
        if (library != null) {
            return library;
        }
        if (name.startsWith("<") && name.endsWith(">") || !interp.allows(Capability.FILES)) {
            return null;
        }
        try {
            return Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Lines with their endings; the last gets a newline if it lacks one, as in CPython. */
    private static WeftList split(String text) {
        WeftList out = new WeftList();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'
                        ? i + 2 : i + 1;
                out.add(text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start) + "\n");
        }
        return out;
    }
}
