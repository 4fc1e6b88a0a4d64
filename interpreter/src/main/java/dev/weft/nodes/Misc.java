// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Iter;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;

/** Nodes that fit no family: evaluating for effect, iteration, generator resumption. */
public final class Misc {
    private Misc() {}

    /** An expression statement: evaluated for its effect, the value dropped. */
    public static final class Discard extends Node {
        final Node value;

        public Discard(Node value) {
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            value.eval(t, f);
            return null;
        }
    }

    /** {@code iter(value)}, at the head of a for loop or comprehension. */
    public static final class GetIter extends Node {
        final Node value;

        public GetIter(Node value) {
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return Iter.iter(t, value.eval(t, f));
        }
    }

    /**
     * First thing after a yield: take the value sent in (into a slot, or dropped when slot is
     * -1), or raise the exception thrown in with {@code gen.throw()}.
     */
    public static final class ReceiveSent extends Node {
        final int slot;

        public ReceiveSent(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            WeftError thrown = t.throwing;
            if (thrown != null) {
                t.throwing = null;
                throw thrown;
            }
            if (slot >= 0) {
                f.slots[slot] = t.sent;
            }
            t.sent = WeftNone.NONE;
            return null;
        }
    }

    /** Clears a slot (temporaries that must not keep objects alive, deleted except names). */
    public static final class Clear extends Node {
        final int slot;

        public Clear(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            f.slots[slot] = null;
            return null;
        }
    }

    /** A construct that parses but whose meaning has not arrived yet. */
    public static final class NotYet extends Node {
        final String what;

        public NotYet(String what) {
            this.what = what;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            throw dev.weft.runtime.Errors.notImplemented(what + " is not implemented yet");
        }
    }

    /** Raises a fixed error when reached (e.g. super() in a function without arguments). */
    public static final class Fail extends Node {
        final String type;
        final String message;

        public Fail(String type, String message) {
            this.type = type;
            this.message = message;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            throw dev.weft.runtime.Errors.of(dev.weft.runtime.ErrorTypes.ALL.get(type), message);
        }
    }

    /**
     * A special method looked up on the type and bound to the object, as the with statement
     * does ({@code type(m).__enter__}), with CPython's error when it is missing.
     */
    public static final class SpecialMethod extends Node {
        final Node obj;
        final String name;

        public SpecialMethod(Node obj, String name, boolean unused) {
            this.obj = obj;
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object o = obj.eval(t, f);
            Object m = dev.weft.runtime.Types.of(o).lookup(name);
            if (m == null) {
                boolean async = name.startsWith("__a");
                String missed = name.endsWith("exit__") ? " (missed " + name + " method)" : "";
                throw dev.weft.runtime.Errors.typeError("'" + dev.weft.runtime.Types.name(o)
                        + "' object does not support the " + (async ? "asynchronous " : "")
                        + "context manager protocol" + missed);
            }
            return dev.weft.runtime.Attrs.bind(t, m, o, dev.weft.runtime.Types.of(o));
        }
    }

    /** {@code type(value)}. */
    public static final class TypeOf extends Node {
        final Node value;

        public TypeOf(Node value) {
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return dev.weft.runtime.Types.of(value.eval(t, f));
        }
    }

    /** An exception's traceback object (Weft passes None: tracebacks are not objects yet). */
    public static final class TracebackOf extends Node {
        final Node value;

        public TracebackOf(Node value) {
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return WeftNone.NONE;
        }
    }

    /** A REPL expression statement: shows the value's repr (unless None) and keeps it as _. */
    public static final class Echo extends Node {
        final Node value;

        public Echo(Node value) {
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            t.interp.displayHook(t, value.eval(t, f));
            return null;
        }
    }

    /** {@code spawn f(args)}: a new task that will make the call; the task is the value. */
    public static final class SpawnCall extends Node {
        final Node callee;
        final Node[] args;
        final String[] kwnames;
        final int line;

        public SpawnCall(Node callee, Node[] args, String[] kwnames, int line) {
            this.callee = callee;
            this.args = args;
            this.kwnames = kwnames;
            this.line = line;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object fn = callee.eval(t, f);
            Object[] argv = new Object[args.length];
            for (int i = 0; i < argv.length; i++) {
                argv[i] = args[i].eval(t, f);
            }
            return dev.weft.sched.Spawner.spawnCall(t, fn, argv, kwnames, f.code, line);
        }
    }

    /** {@code spawn value}: run a coroutine (or call a callable) in a new task. */
    public static final class SpawnValue extends Node {
        final Node value;
        final int line;

        public SpawnValue(Node value, int line) {
            this.value = value;
            this.line = line;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return dev.weft.sched.Spawner.spawnValue(t, value.eval(t, f), f.code, line);
        }
    }

    /** {@code aiter(value)}: the async iterator an {@code async for} walks. */
    public static final class GetAIter extends Node {
        final Node value;

        public GetAIter(Node value) {
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = value.eval(t, f);
            Object m = dev.weft.runtime.Types.of(v).lookup("__aiter__");
            if (m == null) {
                throw dev.weft.runtime.Errors.typeError("'async for' requires an object with"
                        + " __aiter__ method, got " + dev.weft.runtime.Types.name(v));
            }
            return dev.weft.runtime.Calls.callDirect(t, m, v);
        }
    }
}
