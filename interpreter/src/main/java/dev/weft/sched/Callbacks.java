// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.WeftFunction;
import dev.weft.runtime.WeftMethod;
import dev.weft.runtime.WeftObject;
import java.util.List;
import java.util.function.Consumer;

/**
 * Done callbacks of futures and tasks, and how asyncio names them in reprs
 * ({@code cb=[f() at x.py:3]}, {@code Task.task_wakeup()}, {@code <Handle f(1) at x.py:3>}).
 */
public final class Callbacks {
    private Callbacks() {}

    /** A listener that can say what it is in a repr. */
    interface Described {
        String describe(Fiber t);
    }

    /** A task waiting for the future: CPython's callback is the task's wakeup method. */
    record Wakeup<T>(Task task, Consumer<T> action) implements Consumer<T>, Described {
        @Override
        public void accept(T done) {
            action.accept(done);
        }

        @Override
        public String describe(Fiber t) {
            return "Task.task_wakeup()";
        }
    }

    /** A script's done callback, run soon after completion with the future as argument. */
    record Script<T>(Object fn, Scheduler sched) implements Consumer<T>, Described {
        @Override
        public void accept(T done) {
            sched.callSoon(fn, done);
        }

        @Override
        public String describe(Fiber t) {
            return source(t, fn, new Object[0]);
        }
    }

    /**
     * {@code f(1, 'a') at x.py:3}: the callable's qualified name, the arguments' reprs, and
     * where a script function was defined (none for builtins and bound methods).
     */
    public static String source(Fiber t, Object fn, Object[] args) {
        StringBuilder sb = new StringBuilder();
        Object func = fn;
        List<Object> all = new java.util.ArrayList<>();
        while (func instanceof WeftObject o && "partial".equals(o.type().name())
                && dev.weft.runtime.Attrs.has(t, func, "func")) {
            Object[] inner = dev.weft.runtime.Iter.toArray(t,
                    dev.weft.runtime.Attrs.get(t, func, "args"));
            all.addAll(0, List.of(inner));
            func = dev.weft.runtime.Attrs.get(t, func, "func");
        }
        all.addAll(List.of(args));
        sb.append(name(t, func)).append('(');
        for (int i = 0; i < all.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Reprs.repr(t, all.get(i)));
        }
        sb.append(')');
        if (func instanceof WeftFunction f && !(fn instanceof WeftMethod)) {
            sb.append(" at ").append(f.code.file).append(':').append(f.code.firstLine);
        }
        return sb.toString();
    }

    private static String name(Fiber t, Object fn) {
        try {
            Object q = dev.weft.runtime.Attrs.get(t, fn, "__qualname__");
            if (q instanceof String s && !s.isEmpty()) {
                return s;
            }
        } catch (dev.weft.runtime.WeftError e) {
            // no __qualname__: fall back as asyncio does
        }
        return Reprs.repr(t, fn);
    }

    /** {@code cb=[a, b]} (or {@code cb=[a, <N more>, z]}) for the listeners that say what they are. */
    static String list(Fiber t, List<? extends Consumer<?>> listeners) {
        List<String> names = new java.util.ArrayList<>();
        for (Consumer<?> l : listeners) {
            if (l instanceof Described d) {
                names.add(d.describe(t));
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        String body = names.size() <= 2 ? String.join(", ", names)
                : names.get(0) + ", <" + (names.size() - 2) + " more>, "
                        + names.get(names.size() - 1);
        return " cb=[" + body + "]";
    }
}
