// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;

/** The sys module: argv, exit, recursion limit, standard streams, modules, path, version. */
public final class SysModule {
    private SysModule() {}

    public static final String VERSION = "3.11.7 (Weft 0.1.0)";

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        WeftList argv = new WeftList();
        for (String a : interp.argv()) {
            argv.add(a);
        }
        d.putStr("argv", argv);
        d.putStr("modules", interp.importer().modules());
        d.putStr("path", interp.importer().path());
        d.putStr("stdout", new StdStream("stdout", interp.stdout()));
        d.putStr("stderr", new StdStream("stderr", interp.stderr()));
        d.putStr("__stdout__", d.getStr("stdout"));
        d.putStr("__stderr__", d.getStr("stderr"));
        d.putStr("version", VERSION);
        d.putStr("version_info", WeftTuple.of(3L, 11L, 7L, "final", 0L));
        d.putStr("platform", System.getProperty("os.name").toLowerCase().startsWith("win")
                ? "win32" : System.getProperty("os.name").toLowerCase().contains("mac")
                ? "darwin" : "linux");
        d.putStr("maxsize", Long.MAX_VALUE);
        d.putStr("byteorder", "little");
        d.putStr("executable", "weft");
        d.putStr("implementation_name", "weft");
        d.putStr("exit", WeftBuiltin.function("exit", SysModule::exit));
        d.putStr("getrecursionlimit", WeftBuiltin.function("getrecursionlimit",
                (t, a, k) -> (long) t.interp.recursionLimit()));
        d.putStr("setrecursionlimit", WeftBuiltin.function("setrecursionlimit",
                SysModule::setRecursionLimit));
        d.putStr("getswitchinterval", WeftBuiltin.function("getswitchinterval", (t, a, k) -> {
            Sig.exactly("getswitchinterval", a, k, 0);
            return t.interp.scheduler().switchIntervalNanos() / 1e9;
        }));
        d.putStr("setswitchinterval", WeftBuiltin.function("setswitchinterval",
                SysModule::setSwitchInterval));
        d.putStr("exc_info", WeftBuiltin.function("exc_info", SysModule::excInfo));
        d.putStr("exception", WeftBuiltin.function("exception", (t, a, k) ->
                t.handled == null ? WeftNone.NONE : t.handled));
        d.putStr("intern", WeftBuiltin.function("intern", (t, a, k) -> a[0]));
        Object hook = WeftBuiltin.function("displayhook", (t, a, k) -> {
            Sig.between("displayhook", a, k, 1, 1);
            t.interp.defaultDisplayHook(t, a[0]);
            return WeftNone.NONE;
        });
        d.putStr("displayhook", hook);
        d.putStr("__displayhook__", hook);
        IntDigits.populate(d);
        d.putStr("getdefaultencoding", WeftBuiltin.function("getdefaultencoding",
                (t, a, k) -> "utf-8"));
    }

    private static Object exit(Fiber t, Object[] args, String[] kw) {
        Sig.between("exit", args, kw, 0, 1);
        Object code = args.length == 0 ? WeftNone.NONE : args[0];
        throw new WeftError(ErrorTypes.SYSTEM_EXIT,
                code == WeftNone.NONE ? WeftTuple.EMPTY : WeftTuple.of(code));
    }

    private static Object setRecursionLimit(Fiber t, Object[] args, String[] kw) {
        Sig.exactly("setrecursionlimit", args, kw, 1);
        if (args[0] instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        long n = Protocols.index(t, args[0]);
        if (n < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
        }
        t.interp.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
        return WeftNone.NONE;
    }

    /** How long a threading thread runs before other ready tasks get their turn. */
    private static Object setSwitchInterval(Fiber t, Object[] args, String[] kw) {
        Sig.exactly("setswitchinterval", args, kw, 1);
        if (!(args[0] instanceof Double) && !dev.weft.runtime.IntOps.isInt(args[0])) {
            throw Errors.typeError("must be real number, not " + dev.weft.runtime.Types.name(
                    args[0]));
        }
        double secs = dev.weft.runtime.FloatOps.toDouble(args[0]);
        if (!(secs > 0)) {
            throw Errors.valueError("switch interval must be strictly positive");
        }
        long nanos = (long) Math.min(secs * 1e9, Long.MAX_VALUE / 4);
        t.interp.scheduler().setSwitchIntervalNanos(Math.max(nanos, 1000));
        return WeftNone.NONE;
    }

    private static Object excInfo(Fiber t, Object[] args, String[] kw) {
        Sig.exactly("exc_info", args, kw, 0);
        WeftError e = t.handled;
        if (e == null) {
            return WeftTuple.of(WeftNone.NONE, WeftNone.NONE, WeftNone.NONE);
        }
        return WeftTuple.of(e.type(), e, WeftNone.NONE);
    }
}
