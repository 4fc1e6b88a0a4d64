// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.greenlet;

import dev.weft.builtins.Sig;
import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftStaticMethod;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Task;
import java.util.Arrays;

/**
 * The script-visible {@code greenlet.greenlet} type: construction, switch, throw, parent, run,
 * dead, truth and repr with greenlet 2.0's behaviour and messages; also GreenletExit, error and
 * the hub's type.
 */
public final class GreenletType {
    private GreenletType() {}

    public static final WeftType TYPE = WeftType.builtin("greenlet", Types.OBJECT);
    /** gevent's Hub: the scheduler seen as the greenlet every task's root returns to. */
    public static final WeftType HUB = WeftType.builtin("Hub", TYPE);
    public static final WeftType GREENLET_EXIT =
            WeftType.builtin("GreenletExit", ErrorTypes.BASE_EXCEPTION);
    public static final WeftType ERROR = WeftType.builtin("error", ErrorTypes.EXCEPTION);

    private static final Sig INIT = Sig.of("greenlet(run=None, parent=None)");
    private static final Sig THROW = Sig.of("throw(typ=None, val=None, tb=None)");

    /** Where gr_context is kept: a name no script attribute can clash with. */
    private static final String CONTEXT = "\0gr_context";

    public static final WeftBuiltin GETCURRENT = WeftBuiltin.function("getcurrent", (t, a, k) -> {
        Sig.exactly("getcurrent", a, k, 0);
        return Switch.current(t);
    });

    public static final WeftBuiltin SETTRACE = WeftBuiltin.function("settrace", (t, a, k) -> {
        Sig.exactly("settrace", a, k, 1);
        return Greenlets.of(t).setTrace(a[0]);
    });

    public static final WeftBuiltin GETTRACE = WeftBuiltin.function("gettrace", (t, a, k) -> {
        Sig.exactly("gettrace", a, k, 0);
        return Greenlets.of(t).getTrace();
    });

    static {
        TYPE.setModule("greenlet");
        TYPE.allowSubclasses();
        HUB.setModule("gevent.hub");
        GREENLET_EXIT.setModule("greenlet");
        ERROR.setModule("greenlet");
        GREENLET_EXIT.setFactory(ErrorTypes.BASE_EXCEPTION.factory());
        ERROR.setFactory(ErrorTypes.EXCEPTION.factory());
        TYPE.setFactory((t, type, a, k) -> {
            Greenlet g = Greenlet.created(type, Switch.current(t), Task.of(t));
            if (type == TYPE) {
                init(t, g, a, k);
            }
            return g;
        });
        method("__init__", (t, a, k) -> {
            init(t, self(a), Arrays.copyOfRange(a, 1, a.length), k);
            return WeftNone.NONE;
        });
        TYPE.define("switch", WeftBuiltin.cpsMethod("switch", GreenletType::switchMethod)
                .ownedBy(TYPE));
        TYPE.define("throw", WeftBuiltin.cpsMethod("throw", GreenletType::throwMethod)
                .ownedBy(TYPE));
        method("__bool__", (t, a, k) -> self(a).isTrue());
        method("__repr__", (t, a, k) -> repr(t, self(a)));
        TYPE.define("dead", GetSet.readOnly("dead", (t, o) -> ((Greenlet) o).isDead()));
        TYPE.define("parent", new GetSet("parent", (t, o) -> orNone(((Greenlet) o).parent),
                (t, o, v) -> Parents.set(t, (Greenlet) o, v)));
        TYPE.define("run", new GetSet("run", GreenletType::getRun, GreenletType::setRun));
        TYPE.define("gr_frame", GetSet.readOnly("gr_frame", (t, o) -> {
            Greenlet g = (Greenlet) o;
            return g.state == Greenlet.State.SUSPENDED && g.frame != null
                    ? dev.weft.builtins.FrameView.of(g.frame) : WeftNone.NONE;
        }));
        TYPE.define("gr_context", new GetSet("gr_context", (t, o) -> context((Greenlet) o),
                (t, o, v) -> ((Greenlet) o).dict().putStr(CONTEXT, v)));
        TYPE.define("_stack_saved", GetSet.readOnly("_stack_saved", (t, o) -> 0L));
        TYPE.define("getcurrent", new WeftStaticMethod(GETCURRENT));
        TYPE.define("settrace", new WeftStaticMethod(SETTRACE));
        TYPE.define("gettrace", new WeftStaticMethod(GETTRACE));
        TYPE.define("GreenletExit", GREENLET_EXIT);
        TYPE.define("error", ERROR);
    }

    private static void method(String name, NativeCode code) {
        TYPE.define(name, WeftBuiltin.method(name, code).ownedBy(TYPE));
    }

    static Greenlet self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof Greenlet g)) {
            throw Errors.typeError("descriptor requires a 'greenlet.greenlet' object");
        }
        return g;
    }

    private static Object orNone(Object o) {
        return o == null ? WeftNone.NONE : o;
    }

    /** greenlet(run=None, parent=None). */
    private static void init(Fiber t, Greenlet g, Object[] a, String[] k) {
        Object[] b = INIT.bind(a, k);
        if (b[0] != null && b[0] != WeftNone.NONE) {
            setRun(t, g, b[0]);
        }
        if (b[1] != null && b[1] != WeftNone.NONE) {
            Parents.set(t, g, b[1]);
        }
    }

    private static Step switchMethod(Fiber t, CallSite site, Object[] a, String[] k) {
        Greenlet g = self(a);
        return Switch.switchTo(t, site, g, Message.of(Arrays.copyOfRange(a, 1, a.length), k));
    }

    /** throw(typ=GreenletExit, val=None, tb=None): the exception rises where g is suspended. */
    private static Step throwMethod(Fiber t, CallSite site, Object[] a, String[] k) {
        Greenlet g = self(a);
        Object[] b = THROW.bind(Arrays.copyOfRange(a, 1, a.length), k);
        Object typ = b[0] == null ? GREENLET_EXIT : b[0];
        Object val = b[1] == null ? WeftNone.NONE : b[1];
        return Switch.switchTo(t, site, g, Message.raising(exception(t, typ, val)));
    }

    /** The exception throw() raises, from a class (and value) or an instance, as CPython's. */
    static WeftError exception(Fiber t, Object typ, Object val) {
        if (typ instanceof WeftError e) {
            if (val != WeftNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (!(typ instanceof WeftType c) || !c.isSubtypeOf(ErrorTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("exceptions must be classes, or instances, not "
                    + Types.name(typ));
        }
        if (val instanceof WeftError e && e.type().isSubtypeOf(c)) {
            return e;
        }
        Object[] args = val == WeftNone.NONE ? new Object[0]
                : val instanceof WeftTuple tu ? tu.toArray() : new Object[] {val};
        Object made = dev.weft.runtime.Calls.callDirect(t, c, args);
        if (!(made instanceof WeftError e)) {
            throw Errors.typeError("calling " + Reprs.repr(t, c) + " should have returned an"
                    + " instance of BaseException, not " + Types.name(made));
        }
        return e;
    }

    public static WeftError error(String message) {
        return new WeftError(ERROR, WeftTuple.of(message));
    }

    /** run: the callable a greenlet will run; gone once it has started. */
    private static Object getRun(Fiber t, Object o) {
        Greenlet g = (Greenlet) o;
        if (g.run == null) {
            throw new WeftError(ErrorTypes.ATTRIBUTE_ERROR, WeftTuple.of("run"));
        }
        return g.run;
    }

    private static void setRun(Fiber t, Object o, Object value) {
        Greenlet g = (Greenlet) o;
        if (g.isStarted()) {
            throw Errors.attributeError("run cannot be set after the start of the greenlet");
        }
        g.run = value;
    }

    /** At the first switch: the run to call (a subclass's method wins), then forgotten. */
    static Object takeRun(Fiber t, Greenlet g) {
        Object run = Attrs.lookup(t, g, "run");
        g.run = null;
        if (run == null) {
            throw new WeftError(ErrorTypes.ATTRIBUTE_ERROR, WeftTuple.of("run"));
        }
        return run;
    }

    private static Object context(Greenlet g) {
        Object c = g.dict().getStr(CONTEXT);
        return c == null ? WeftNone.NONE : c;
    }

    /** greenlet 2.0's repr: {@code <greenlet.greenlet object at 0x... (otid=0x...) state>}. */
    static String repr(Fiber t, Greenlet g) {
        if (g.hub) {
            // gevent's Hub repr, with the loop details it shows when nothing is pending.
            return "<Hub '' at " + Reprs.address(g) + " epoll default pending=0 ref=-1"
                    + " thread_ident=" + Reprs.address(t.interp.scheduler()) + ">";
        }
        WeftType type = g.type();
        String name = type == TYPE ? "greenlet.greenlet" : type.name();
        String otid = g.state == Greenlet.State.NEW ? "0x(nil)" : threadId(t);
        return "<" + name + " object at " + Reprs.address(g) + " (otid=" + otid + ")"
                + states(t, g) + ">";
    }

    private static String states(Fiber t, Greenlet g) {
        switch (g.state) {
            case NEW:
                return " pending";
            case DEAD:
                return " dead";
            default:
                boolean current = t.task != null && Greenlets.of(t).currentOf(t.task) == g;
                return (current ? " current" : " suspended") + " active started"
                        + (g.main ? " main" : "");
        }
    }

    /** The "thread state" address every greenlet of the interpreter shares. */
    static String threadId(Fiber t) {
        return Reprs.address(t.interp);
    }

    /** How error messages name a greenlet. */
    static String shortName(Greenlet g) {
        return g.main ? "the main greenlet" : g.hub ? "the hub"
                : "greenlet at " + Reprs.address(g);
    }
}
