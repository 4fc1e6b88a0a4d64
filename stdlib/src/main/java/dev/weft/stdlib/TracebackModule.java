// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Tracebacks;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;

/**
 * The traceback module's printing half: an exception (the one being handled, for the _exc
 * forms) formatted as the interpreter prints an uncaught one. Weft has no traceback objects,
 * so the traceback comes from the exception itself; {@code limit} is not supported.
 */
final class TracebackModule {
    private TracebackModule() {}

    private static final Params FORMAT_EXCEPTION = Params.python(
            "format_exception(exc, /, value=, tb=, limit=, chain=)");
    private static final Params PRINT_EXCEPTION = Params.python(
            "print_exception(exc, /, value=, tb=, limit=, file=, chain=)");
    private static final Params FORMAT_EXCEPTION_ONLY = Params.python(
            "format_exception_only(exc, /, value=)");
    private static final Params FORMAT_EXC = Params.python("format_exc(limit=, chain=)");
    private static final Params PRINT_EXC = Params.python("print_exc(limit=, file=, chain=)");

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        fn(d, "format_exception", (t, a, k) -> {
            Object[] b = FORMAT_EXCEPTION.bind(a, k);
            return lines(text(t, exception(b[0], b[1])));
        });
        fn(d, "print_exception", (t, a, k) -> {
            Object[] b = PRINT_EXCEPTION.bind(a, k);
            write(t, b[4], text(t, exception(b[0], b[1])));
            return WeftNone.NONE;
        });
        fn(d, "format_exception_only", (t, a, k) -> {
            Object[] b = FORMAT_EXCEPTION_ONLY.bind(a, k);
            Object e = exception(b[0], b[1]);
            WeftList out = new WeftList();
            out.add(e instanceof WeftError err ? Tracebacks.lastLine(t, err) + "\n" : "NoneType: None\n");
            return out;
        });
        fn(d, "format_exc", (t, a, k) -> {
            FORMAT_EXC.bind(a, k);
            return text(t, handled(t));
        });
        fn(d, "print_exc", (t, a, k) -> {
            Object[] b = PRINT_EXC.bind(a, k);
            write(t, b[1], text(t, handled(t)));
            return WeftNone.NONE;
        });
    }

    /** The exception meant: the value in the old (type, value, tb) form, else the first. */
    private static Object exception(Object first, Object value) {
        return value != null ? value : first;
    }

    private static Object handled(Fiber t) {
        return t.handled == null ? WeftNone.NONE : t.handled;
    }

    private static String text(Fiber t, Object e) {
        if (e instanceof WeftError err) {
            return Tracebacks.format(t, err);
        }
        if (e == WeftNone.NONE) {
            return "NoneType: None\n";
        }
        throw Errors.typeError("Exception expected for value, " + dev.weft.runtime.Types.name(e)
                + " found");
    }

    /** The text as CPython's list of strings, one line each. */
    private static WeftList lines(String text) {
        WeftList out = new WeftList();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            out.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Writes to {@code file}, or to sys.stderr when it is None or not given. */
    private static void write(Fiber t, Object file, String text) {
        Object out = file;
        if (out == null || out == WeftNone.NONE) {
            WeftModule sys = (WeftModule) t.interp.importer().modules().getStr("sys");
            out = sys.dict().getStr("stderr");
            t.interp.stdout().flush();
        }
        Calls.callDirect(t, Attrs.get(t, out, "write"), text);
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }
}
