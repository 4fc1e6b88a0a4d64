// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.util.ArrayList;
import java.util.List;

/** What {@code type.__new__(meta, name, bases, ns, **kw)} does: makes and sets up the class. */
public final class ClassMaker {
    private ClassMaker() {}

    public static WeftType make(Fiber t, WeftType meta, String name, WeftTuple bases,
            WeftDict ns, WeftDict kw) {
        WeftType[] baseTypes = baseTypes(bases);
        WeftDict dict = new WeftDict(ns.size() + 2);
        WeftCell classCell = null;
        String qualname = name;
        for (int e = 0; e < ns.end(); e++) {
            Object k = ns.keyAt(e);
            if (k == null) {
                continue;
            }
            Object v = ns.valueAt(e);
            if ("__classcell__".equals(k)) {
                if (!(v instanceof WeftCell cell)) {
                    throw Errors.typeError("__classcell__ must be a nonlocal cell, not "
                            + Types.of(v));
                }
                classCell = cell;
            } else if ("__qualname__".equals(k) && v instanceof String q) {
                qualname = q;
            } else {
                dict.put(t, k, v);
            }
        }
        if (dict.getStr("__module__") == null) {
            Object mod = t.frame.globals.getStr("__name__");
            dict.putStr("__module__", mod != null ? mod : "builtins");
        }
        adjustSpecialMethods(dict);
        if (dict.getStr("__doc__") == null) {
            // Every class has its own __doc__ (None without a docstring), so it never
            // inherits a base's.
            dict.putStr("__doc__", WeftNone.NONE);
        }
        WeftType cls = WeftType.user(name, baseTypes, dict, meta);
        cls.setQualname(qualname);
        if (dict.getStr("__module__") instanceof String m) {
            cls.setModule(m);
        }
        if (classCell != null) {
            classCell.value = cls;
        }
        setNames(t, cls, dict);
        initSubclass(t, cls, kw);
        return cls;
    }

    /**
     * PEP 560: a base that is not a class but has {@code __mro_entries__} (such as
     * {@code list[int]} or {@code typing.Generic[T]}) is replaced by the classes that method
     * returns. The same tuple comes back when no base needed replacing.
     */
    public static WeftTuple resolveBases(Fiber t, WeftTuple bases) {
        List<Object> out = null;
        for (int i = 0; i < bases.size(); i++) {
            Object base = bases.get(i);
            Object entries = base instanceof WeftType ? null : mroEntries(t, base, bases);
            if (entries == null) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases.get(j));
                }
            }
            out.addAll(List.of(((WeftTuple) entries).items()));
        }
        return out == null ? bases : new WeftTuple(out.toArray());
    }

    /** What {@code base.__mro_entries__(bases)} returns, or null without that method. */
    private static Object mroEntries(Fiber t, Object base, WeftTuple bases) {
        if (base instanceof WeftGenericAlias g) {
            return WeftTuple.of(g.origin());
        }
        Object method = Attrs.lookup(t, base, "__mro_entries__");
        if (method == null) {
            return null;
        }
        Object entries = Calls.callDirect(t, method, bases);
        if (!(entries instanceof WeftTuple)) {
            throw Errors.typeError("__mro_entries__ must return a tuple");
        }
        return entries;
    }

    /** Builtin types a class may derive from (besides the exception hierarchy). */
    private static final java.util.Set<WeftType> SUBCLASSABLE = java.util.Set.of(Types.OBJECT,
            Types.TYPE, Types.LIST, Types.DICT, Types.SET, Types.FROZENSET, Types.TUPLE,
            Types.INT, Types.FLOAT, Types.COMPLEX, Types.STR, Types.BYTES, Types.BYTEARRAY);

    private static WeftType[] baseTypes(WeftTuple bases) {
        if (bases.size() == 0) {
            return new WeftType[] {Types.OBJECT};
        }
        WeftType[] out = new WeftType[bases.size()];
        WeftType solid = Types.OBJECT;
        for (int i = 0; i < out.length; i++) {
            if (!(bases.get(i) instanceof WeftType b)) {
                throw Errors.typeError("bases must be types");
            }
            if (b == Types.BOOL) {
                throw Errors.typeError("type 'bool' is not an acceptable base type");
            }
            if (b.isBuiltin() && !SUBCLASSABLE.contains(b) && !b.isSubclassable()
                    && !b.isSubtypeOf(ErrorTypes.BASE_EXCEPTION)) {
                throw Errors.typeError("subclassing the builtin type '" + b.name()
                        + "' is not supported yet");
            }
            for (int j = 0; j < i; j++) {
                if (out[j] == b) {
                    throw Errors.typeError("duplicate base class " + b.name());
                }
            }
            WeftType s = b.solidBase();
            if (s.isSubtypeOf(solid)) {
                solid = s;
            } else if (!solid.isSubtypeOf(s)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
            out[i] = b;
        }
        return out;
    }

    /** __eq__ without __hash__ makes instances unhashable; __new__ is implicitly static. */
    private static void adjustSpecialMethods(WeftDict dict) {
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            dict.putStr("__hash__", WeftNone.NONE);
        }
        if (dict.getStr("__new__") instanceof WeftFunction f) {
            dict.putStr("__new__", new WeftStaticMethod(f));
        }
        for (String name : new String[] {"__init_subclass__", "__class_getitem__"}) {
            if (dict.getStr(name) instanceof WeftFunction f) {
                dict.putStr(name, new WeftClassMethod(f));
            }
        }
    }

    private static void setNames(Fiber t, WeftType cls, WeftDict dict) {
        List<Object[]> pending = new ArrayList<>();
        for (int e = 0; e < dict.end(); e++) {
            Object k = dict.keyAt(e);
            if (k == null) {
                continue;
            }
            Object v = dict.valueAt(e);
            if (v instanceof WeftProperty p && p.name == null && k instanceof String s) {
                p.name = s;
            } else if (v instanceof WeftInstance) {
                Object sn = Types.of(v).lookup("__set_name__");
                if (sn != null) {
                    pending.add(new Object[] {sn, v, k});
                }
            }
        }
        for (Object[] p : pending) {
            callSetName(t, cls, p);
        }
    }

    /** Python 3.11 reports a failing {@code __set_name__} as a RuntimeError caused by it. */
    private static void callSetName(Fiber t, WeftType cls, Object[] p) {
        try {
            Calls.callDirect(t, p[0], p[1], cls, p[2]);
        } catch (WeftError e) {
            WeftError wrapped = Errors.of(ErrorTypes.RUNTIME_ERROR, "Error calling __set_name__ on '"
                    + Types.name(p[1]) + "' instance " + Reprs.repr(t, p[2]) + " in '"
                    + cls.name() + "'");
            wrapped.cause = e;
            wrapped.suppressContext = true;
            wrapped.context = e;
            throw wrapped;
        }
    }

    private static void initSubclass(Fiber t, WeftType cls, WeftDict kw) {
        WeftType[] mro = cls.mro();
        Object hook = null;
        for (int i = 1; i < mro.length && hook == null; i++) {
            hook = mro[i].dict().getStr("__init_subclass__");
        }
        if (hook == null) {
            return;
        }
        Object bound = Attrs.bind(t, hook, cls, cls);
        if (hook instanceof WeftClassMethod cm) {
            bound = new WeftMethod(cm.function, cls);
        }
        int n = kw == null ? 0 : kw.size();
        Object[] args = new Object[n];
        String[] names = n == 0 ? null : new String[n];
        int i = 0;
        if (kw != null) {
            for (int e = 0; e < kw.end(); e++) {
                if (kw.keyAt(e) != null) {
                    names[i] = (String) kw.keyAt(e);
                    args[i++] = kw.valueAt(e);
                }
            }
        }
        Calls.callDirect(t, bound, args, names);
    }
}
