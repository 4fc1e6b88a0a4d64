// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Singleton;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.Adapters;

/** The builtins module: one table of names, filled from the function groups and the types. */
public final class Builtins {
    private Builtins() {}

    private static boolean typesReady;

    /** Fills the builtin types' method tables, once per JVM (types are shared and immutable). */
    public static synchronized void ensureTypesReady() {
        if (typesReady) {
            return;
        }
        typesReady = true;
        TypeSetup.setUp();
    }

    /** isinstance(obj, cls), as the builtin answers it (for the match statement's classes). */
    public static boolean isInstance(dev.weft.cps.Fiber t, Object obj, Object cls) {
        return dev.weft.runtime.Instances.instanceOf(t, obj, cls);
    }

    public static void populate(Interpreter interp, WeftDict b) {
        b.putStr("__name__", "builtins");
        b.putStr("None", WeftNone.NONE);
        b.putStr("True", Boolean.TRUE);
        b.putStr("False", Boolean.FALSE);
        b.putStr("NotImplemented", Singleton.NOT_IMPLEMENTED);
        b.putStr("Ellipsis", Singleton.ELLIPSIS);
        for (WeftType t : new WeftType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL,
                Types.FLOAT, Types.COMPLEX, Types.STR, Types.BYTES, Types.BYTEARRAY, Types.LIST,
                Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE,
                Types.PROPERTY, Types.STATICMETHOD, Types.CLASSMETHOD, Types.SUPER,
                Adapters.ENUMERATE, Adapters.ZIP, Adapters.MAP, Adapters.FILTER,
                Adapters.REVERSED}) {
            b.putStr(t.name(), t);
        }
        for (WeftType t : ErrorTypes.ALL.values()) {
            b.putStr(t.name(), t);
        }
        b.putStr("EnvironmentError", ErrorTypes.OS_ERROR);
        b.putStr("IOError", ErrorTypes.OS_ERROR);
        for (WeftBuiltin f : CoreFunctions.ALL) {
            b.putStr(f.name(), f);
        }
        for (WeftBuiltin f : IterFunctions.ALL) {
            b.putStr(f.name(), f);
        }
        for (WeftBuiltin f : ObjectFunctions.ALL) {
            b.putStr(f.name(), f);
        }
        for (WeftBuiltin f : Evaluation.ALL) {
            b.putStr(f.name(), f);
        }
        for (WeftBuiltin f : Concurrency.ALL) {
            b.putStr(f.name(), f);
        }
        b.putStr("Task", dev.weft.sched.TaskType.TYPE);
        for (WeftType t : new WeftType[] {dev.weft.sched.sync.Queues.QUEUE,
                dev.weft.sched.sync.Queues.LIFO, dev.weft.sched.sync.Queues.PRIORITY,
                dev.weft.sched.sync.Lock.TYPE, dev.weft.sched.sync.RLock.TYPE,
                dev.weft.sched.sync.Event.TYPE, dev.weft.sched.sync.Semaphore.TYPE,
                dev.weft.sched.sync.Semaphore.BOUNDED, dev.weft.sched.sync.Condition.TYPE,
                dev.weft.sched.sync.Timeout.TYPE}) {
            b.putStr(t.name(), t);
        }
        b.putStr("Future", dev.weft.sched.FutureType.TYPE);
    }
}
