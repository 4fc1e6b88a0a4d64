// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.thread;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.HasDict;
import dev.weft.runtime.ObjectMethods;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Scheduler;
import dev.weft.sched.Task;
import dev.weft.stdlib.JavaClass;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code _thread._local} (threading.local): an object whose attribute dictionary is a different
 * one in every green thread. A subclass's {@code __init__} runs again, with the arguments the
 * object was made with, the first time each other thread touches it; a thread's dictionary is
 * dropped when that thread ends.
 */
final class LocalType {
    private LocalType() {}

    static final WeftType TYPE = JavaClass.make("_thread", "_local", Types.OBJECT);

    static {
        JavaClass.constructor(TYPE, (t, a, k) -> {
            WeftType cls = (WeftType) a[0];
            boolean hasArgs = a.length > 1;
            if (hasArgs && cls.lookup("__init__") == ObjectMethods.INIT) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return new Local(cls, t.interp.scheduler(), rest, k);
        });
        // CPython names the C type by its full name in this message.
        JavaClass.method(TYPE, "__getattr__", (t, a, k) -> {
            WeftType type = Types.of(a[0]);
            String name = type == TYPE ? "_thread._local" : type.name();
            throw Errors.attributeError("'" + name + "' object has no attribute '"
                    + dev.weft.runtime.Reprs.str(t, a[1]) + "'");
        });
    }

    /** One thread-local object. */
    static final class Local implements WeftObject, HasDict {
        private final WeftType type;
        private final Scheduler scheduler;
        private final Object[] initArgs;
        private final String[] initKw;
        private final Map<Long, WeftDict> dicts = new HashMap<>();

        Local(WeftType type, Scheduler scheduler, Object[] initArgs, String[] initKw) {
            this.type = type;
            this.scheduler = scheduler;
            this.initArgs = initArgs;
            this.initKw = initKw;
            // The creating thread's __init__ is the ordinary one, run by the class call.
            dicts.put(Idents.ident(scheduler.current()), new WeftDict());
        }

        @Override
        public WeftType type() {
            return type;
        }

        @Override
        public WeftDict dict() {
            Task now = scheduler.current();
            long ident = Idents.ident(now);
            WeftDict d = dicts.get(ident);
            if (d == null) {
                d = new WeftDict();
                dicts.put(ident, d);
                if (now != null && !now.isMain()) {
                    now.whenDone(done -> dicts.remove(ident));
                }
                initialise(now == null ? null : now.fiber());
            }
            return d;
        }

        /** A subclass's __init__, for a thread that has not seen this object yet. */
        private void initialise(Fiber t) {
            Object init = type.lookup("__init__");
            if (init == ObjectMethods.INIT || t == null) {
                return;
            }
            t.callNested(init, dev.weft.runtime.Calls.prepend(this, initArgs), initKw);
        }
    }
}
