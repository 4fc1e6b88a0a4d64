// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * What a class statement does around its body, as CPython's {@code __build_class__}: resolve
 * the bases, choose the metaclass (the {@code metaclass=} keyword or the bases' most derived
 * one), ask it for the namespace ({@code __prepare__}), and after the body call it with the
 * name, bases, namespace and keywords.
 */
public final class Metaclasses {
    private Metaclasses() {}

    static final String CONFLICT = "metaclass conflict: the metaclass of a derived class must be"
            + " a (non-strict) subclass of the metaclasses of all its bases";

    /** A class statement between its start and the metaclass call: held in a frame slot. */
    public static final class Pending {
        final String name;
        final WeftTuple written;
        final WeftTuple bases;
        final Object meta;
        /** The class keywords without {@code metaclass}; null when there are none. */
        final WeftDict keywords;
        /** The namespace the body fills. */
        public final Object namespace;

        Pending(String name, WeftTuple written, WeftTuple bases, Object meta, WeftDict keywords,
                Object namespace) {
            this.name = name;
            this.written = written;
            this.bases = bases;
            this.meta = meta;
            this.keywords = keywords;
            this.namespace = namespace;
        }
    }

    /** The most derived of {@code meta} and the metaclasses of {@code bases}. */
    public static WeftType winner(WeftType meta, WeftTuple bases) {
        WeftType winner = meta;
        for (Object b : bases.items()) {
            WeftType tmp = Types.of(b);
            if (winner.isSubtypeOf(tmp)) {
                continue;
            }
            if (tmp.isSubtypeOf(winner)) {
                winner = tmp;
                continue;
            }
            throw Errors.typeError(CONFLICT);
        }
        return winner;
    }

    /** Everything up to running the body: bases, metaclass and the prepared namespace. */
    public static Pending start(Fiber t, String name, WeftTuple written, WeftDict keywords) {
        WeftTuple bases = ClassMaker.resolveBases(t, written);
        for (int e = 0; keywords != null && e < keywords.end(); e++) {
            if (keywords.keyAt(e) != null && !(keywords.keyAt(e) instanceof String)) {
                throw Errors.typeError("keywords must be strings");
            }
        }
        Object meta = null;
        WeftDict rest = keywords;
        if (keywords != null && keywords.getStr("metaclass") != null) {
            meta = keywords.getStr("metaclass");
            rest = keywords.copy();
            rest.removeStr("metaclass");
            if (rest.size() == 0) {
                rest = null;
            }
        }
        if (meta == null) {
            meta = bases.size() == 0 ? Types.TYPE : Types.of(bases.get(0));
        }
        if (meta instanceof WeftType m) {
            meta = winner(m, bases);
        }
        return new Pending(name, written, bases, meta, rest, prepare(t, meta, name, bases, rest));
    }

    private static Object prepare(Fiber t, Object meta, String name, WeftTuple bases,
            WeftDict keywords) {
        Object prepare = Attrs.lookup(t, meta, "__prepare__");
        if (prepare == null || (prepare instanceof WeftMethod m && m.function == TypeMethods.PREPARE)) {
            return new WeftDict();
        }
        Call call = Call.of(new Object[] {name, bases}, keywords);
        Object ns = Calls.callDirect(t, prepare, call.args, call.names);
        if (!(ns instanceof WeftDict) && Types.of(ns).lookup("__getitem__") == null) {
            String who = meta instanceof WeftType m ? m.name() : "<metaclass>";
            throw Errors.typeError(who + ".__prepare__() must return a mapping, not "
                    + Types.name(ns));
        }
        return ns;
    }

    /** After the body: calls the metaclass; {@code site} hears the class. */
    public static Step finish(Fiber t, CallSite site, Pending p) {
        if (p.bases != p.written) {
            // As in CPython, the class remembers the bases as written.
            Protocols.setItem(t, p.namespace, "__orig_bases__", p.written);
        }
        Call call = Call.of(new Object[] {p.name, p.bases, p.namespace}, p.keywords);
        return Calls.call(t, site, p.meta, call.args, call.names);
    }

    /**
     * The metaclass made {@code cls}: a body that uses {@code __class__} (or zero-argument
     * super) must have had its cell filled by {@code type.__new__}.
     */
    public static void checkClassCell(Fiber t, Pending p, Object cls) {
        Object cell = p.namespace instanceof WeftDict d ? d.getStr("__classcell__") : null;
        if (!(cell instanceof WeftCell c) || !(cls instanceof WeftType)) {
            return;
        }
        if (c.value == null) {
            throw Errors.runtimeError("__class__ not set defining '" + p.name + "' as "
                    + Reprs.repr(t, cls) + ". Was __classcell__ propagated to type.__new__?");
        }
        if (c.value != cls) {
            throw Errors.typeError("__class__ set to " + Reprs.repr(t, c.value) + " defining '"
                    + p.name + "' as " + Reprs.repr(t, cls));
        }
    }

    /** Positional arguments followed by keyword arguments, as a call passes them. */
    record Call(Object[] args, String[] names) {
        static Call of(Object[] positional, WeftDict keywords) {
            if (keywords == null || keywords.size() == 0) {
                return new Call(positional, null);
            }
            List<Object> args = new ArrayList<>(List.of(positional));
            List<String> names = new ArrayList<>();
            for (int e = 0; e < keywords.end(); e++) {
                if (keywords.keyAt(e) instanceof String k) {
                    names.add(k);
                    args.add(keywords.valueAt(e));
                }
            }
            return new Call(args.toArray(), names.toArray(new String[0]));
        }
    }
}
