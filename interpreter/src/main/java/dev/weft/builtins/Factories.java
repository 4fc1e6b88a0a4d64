// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.DictOps;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.SetOps;
import dev.weft.runtime.Truth;
import dev.weft.runtime.TypeMethods;
import dev.weft.runtime.ValueInstance;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftClassMethod;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftOsError;
import dev.weft.runtime.WeftProperty;
import dev.weft.runtime.WeftRange;
import dev.weft.runtime.WeftSlice;
import dev.weft.runtime.WeftStaticMethod;
import dev.weft.runtime.WeftSuper;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.Adapters;
import java.math.BigInteger;

/** What calling each builtin type does: int("5"), list(gen), range(3), ValueError("x")... */
final class Factories {
    private Factories() {}

    private static final Sig STR = Sig.of("str(object=, encoding=, errors=)");
    private static final Sig PROPERTY = Sig.of("property(fget=, fset=, fdel=, doc=)");
    private static final Sig ENUMERATE = Sig.of("enumerate(iterable, start=)");
    private static final Sig BYTES = Sig.of("bytes(source=, encoding=, errors=)");

    private static final Sig MODULE = Sig.of("module(name, doc=None)");

    /** module(name, doc=None): an empty module, as types.ModuleType makes. */
    private static Object module(Fiber t, dev.weft.runtime.WeftType type, Object[] a, String[] k) {
        Object[] p = MODULE.bind(a, k);
        if (!(p[0] instanceof String name)) {
            throw Errors.typeError("module.__init__() argument 'name' must be str, not "
                    + dev.weft.runtime.Types.name(p[0]));
        }
        dev.weft.runtime.WeftDict d = new dev.weft.runtime.WeftDict();
        d.putStr("__doc__", p[1] == null ? dev.weft.runtime.WeftNone.NONE : p[1]);
        d.putStr("__package__", dev.weft.runtime.WeftNone.NONE);
        return new dev.weft.runtime.WeftModule(name, d, null).made();
    }

    static void install() {
        Types.OBJECT.setFactory((t, type, a, k) -> {
            if (type == Types.OBJECT && (a.length > 0 || k != null)) {
                throw Errors.typeError("object() takes no arguments");
            }
            return type == Types.OBJECT ? new BareObject() : new dev.weft.runtime.WeftInstance(type);
        });
        Types.TYPE.setFactory(Factories::type);
        Types.MODULE.setFactory(Factories::module);
        // types.MethodType(function, instance): a bound method, as CPython makes one.
        Types.METHOD.setFactory((t, type, a, k) -> {
            Sig.exactly("method", a, k, 2);
            if (!dev.weft.runtime.Calls.isCallable(a[0])) {
                throw Errors.typeError("first argument must be callable");
            }
            if (a[1] == dev.weft.runtime.WeftNone.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return new dev.weft.runtime.WeftMethod(a[0], a[1]);
        });
        NumberFactories.install();
        Types.STR.setFactory((t, type, a, k) -> ValueInstance.of(type, makeStr(t, a, k)));
        Types.LIST.setFactory((t, type, a, k) -> {
            if (type != Types.LIST) {
                WeftList l = new WeftList();
                l.setType(type);
                return l;
            }
            Sig.between("list", a, k, 0, 1);
            return a.length == 0 ? new WeftList() : new WeftList(Iter.toArray(t, a[0]));
        });
        Types.TUPLE.setFactory((t, type, a, k) -> {
            if (type != Types.TUPLE) {
                WeftTuple tu = new WeftTuple(a.length == 0 ? new Object[0]
                        : Iter.toArray(t, a[0]));
                tu.setType(type);
                return tu;
            }
            Sig.between("tuple", a, k, 0, 1);
            if (a.length == 1 && a[0] instanceof WeftTuple tu && tu.exact()) {
                return tu;
            }
            return a.length == 0 ? WeftTuple.EMPTY : WeftTuple.of(Iter.toArray(t, a[0]));
        });
        Types.DICT.setFactory(Factories::dict);
        Types.SET.setFactory((t, type, a, k) -> {
            if (type != Types.SET) {
                dev.weft.runtime.WeftSet s = new dev.weft.runtime.WeftSet(false);
                s.setType(type);
                return s;
            }
            Sig.between("set", a, k, 0, 1);
            return a.length == 0 ? new dev.weft.runtime.WeftSet(false) : SetOps.of(t, a[0], false);
        });
        Types.FROZENSET.setFactory((t, type, a, k) -> {
            if (type != Types.FROZENSET) {
                dev.weft.runtime.WeftSet s = a.length == 0 ? new dev.weft.runtime.WeftSet(true)
                        : SetOps.of(t, a[0], true);
                s.setType(type);
                return s;
            }
            Sig.between("frozenset", a, k, 0, 1);
            return a.length == 0 ? new dev.weft.runtime.WeftSet(true) : SetOps.of(t, a[0], true);
        });
        Types.RANGE.setFactory(Factories::range);
        Types.SLICE.setFactory((t, type, a, k) -> {
            Sig.between("slice", a, k, 1, 3);
            if (a.length == 1) {
                return new WeftSlice(WeftNone.NONE, a[0], WeftNone.NONE);
            }
            return new WeftSlice(a[0], a[1], a.length == 3 ? a[2] : WeftNone.NONE);
        });
        Types.BYTES.setFactory((t, type, a, k) -> ValueInstance.of(type,
                makeBytes(t, a, k, false)));
        Types.BYTEARRAY.setFactory((t, type, a, k) -> ValueInstance.of(type,
                makeBytes(t, a, k, true)));
        Types.PROPERTY.setFactory((t, type, a, k) -> {
            Object[] b = PROPERTY.bind(a, k);
            return new WeftProperty(orNone(b[0]), orNone(b[1]), orNone(b[2]), orNone(b[3]));
        });
        Types.STATICMETHOD.setFactory((t, type, a, k) -> {
            Sig.exactly("staticmethod", a, k, 1);
            return new WeftStaticMethod(a[0]);
        });
        Types.CLASSMETHOD.setFactory((t, type, a, k) -> {
            Sig.exactly("classmethod", a, k, 1);
            return new WeftClassMethod(a[0]);
        });
        Types.SUPER.setFactory(Factories::superObject);
        Adapters.ENUMERATE.setFactory((t, type, a, k) -> {
            if (a.length == 0) {
                throw Errors.typeError("enumerate() missing required argument 'iterable'");
            }
            Object[] b = ENUMERATE.bind(a, k);
            Object start = b[1] == null ? (Object) 0L : b[1];
            if (!IntOps.isInt(start)) {
                start = Protocols.index(t, start);
            }
            return new Adapters.Enumerate(t, b[0], start);
        });
        Adapters.ZIP.setFactory(Factories::zip);
        Adapters.MAP.setFactory((t, type, a, k) -> {
            Sig.noKeywords("map", k);
            if (a.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            return new Adapters.Map(t, a[0], java.util.Arrays.copyOfRange(a, 1, a.length));
        });
        Adapters.FILTER.setFactory((t, type, a, k) -> {
            Sig.noKeywords("filter", k);
            if (a.length != 2) {
                throw Errors.typeError("filter expected 2 arguments, got " + a.length);
            }
            return new Adapters.Filter(t, a[0], a[1]);
        });
        Adapters.REVERSED.setFactory((t, type, a, k) -> {
            Sig.noKeywords("reversed", k);
            if (a.length != 1) {
                throw Errors.typeError("reversed expected 1 argument, got " + a.length);
            }
            return Adapters.reversed(t, a[0]);
        });
        for (WeftType e : ErrorTypes.ALL.values()) {
            e.setFactory(Factories::exception);
        }
    }

    private static Object orNone(Object o) {
        return o == null ? WeftNone.NONE : o;
    }

    /** {@code type(name, bases, ns, **kw)}: type.__new__, then a metaclass's __init__. */
    private static Object type(Fiber t, WeftType type, Object[] a, String[] k) {
        Object cls = TypeMethods.newClass(t, Calls.prepend(type, a), k);
        if (cls instanceof WeftType c && !c.hasPlainMetatype()) {
            Object init = c.type().lookup("__init__");
            if (init != TypeMethods.INIT && init != null) {
                Calls.callDirect(t, init, Calls.prepend(c, a), k);
            }
        }
        return cls;
    }

    private static Object makeStr(Fiber t, Object[] a, String[] k) {
        Object[] b = STR.bind(a, k);
        if (b[0] == null) {
            return "";
        }
        if (b[1] == null && b[2] == null) {
            return Reprs.str(t, b[0]);
        }
        String enc = b[1] == null ? "utf-8" : Args.str("str() argument 'encoding'", b[1]);
        String errors = b[2] == null ? "strict" : Args.str("str() argument 'errors'", b[2]);
        Object src = ValueInstance.unwrap(b[0]);
        if (src instanceof String) {
            throw Errors.typeError("decoding str is not supported");
        }
        if (!(src instanceof WeftBytes bytes)) {
            throw Errors.typeError("decoding to str: need a bytes-like object, "
                    + Types.name(b[0]) + " found");
        }
        return Codecs.decode(bytes.data(), enc, errors);
    }

    private static Object makeBytes(Fiber t, Object[] a, String[] k, boolean mutable) {
        Object[] b = BYTES.bind(a, k);
        Object src = b[0];
        if (src == null) {
            return new WeftBytes(new byte[0], mutable);
        }
        Object hook = Types.of(src).isBuiltin() ? null : Types.of(src).lookup("__bytes__");
        if (hook != null) {
            Object r = ValueInstance.unwrap(Calls.callDirect(t, hook, src));
            if (!(r instanceof WeftBytes rb) || rb.isMutable()) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + Types.name(r)
                        + ")");
            }
            return new WeftBytes(rb.data().clone(), mutable);
        }
        if (src instanceof ValueInstance v && !(v.value instanceof Long)
                && !(v.value instanceof BigInteger)) {
            src = v.value; // a str subclass encodes, a bytearray subclass copies
        }
        if (src instanceof String s) {
            if (b[1] == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return new WeftBytes(Codecs.encode(s, (String) b[1],
                    b[2] == null ? "strict" : (String) b[2]), mutable);
        }
        if (IntOps.isInt(src) || src instanceof ValueInstance) {
            long n = Protocols.index(t, src);
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            return new WeftBytes(new byte[(int) n], mutable);
        }
        if (src instanceof WeftBytes other) {
            return new WeftBytes(other.data().clone(), mutable);
        }
        Object[] items = Iter.toArray(t, src);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Protocols.index(t, items[i]);
            if (v < 0 || v > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return new WeftBytes(out, mutable);
    }

    private static Object dict(Fiber t, WeftType type, Object[] a, String[] k) {
        if (type != Types.DICT) {
            WeftDict d = new WeftDict();
            d.setType(type);
            return d;
        }
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got " + npos);
        }
        WeftDict d = new WeftDict();
        if (npos == 1) {
            DictOps.update(t, d, a[0]);
        }
        for (int i = 0; i < nkw; i++) {
            d.putStr(k[i], a[npos + i]);
        }
        return d;
    }

    private static Object range(Fiber t, WeftType type, Object[] a, String[] k) {
        Sig.between("range", a, k, 1, 3);
        Object[] v = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = rangeArg(t, a[i]);
        }
        if (a.length == 1) {
            return new WeftRange(0L, v[0], 1L);
        }
        return new WeftRange(v[0], v[1], a.length == 3 ? v[2] : 1L);
    }

    private static Object rangeArg(Fiber t, Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        return Protocols.index(t, o);
    }

    private static Object zip(Fiber t, WeftType type, Object[] a, String[] k) {
        boolean strict = false;
        int npos = a.length - (k == null ? 0 : k.length);
        for (int i = 0; k != null && i < k.length; i++) {
            if (!k[i].equals("strict")) {
                throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for zip()");
            }
            strict = Truth.isTrue(t, a[npos + i]);
        }
        return new Adapters.Zip(t, java.util.Arrays.copyOf(a, npos), strict);
    }

    private static Object superObject(Fiber t, WeftType type, Object[] a, String[] k) {
        if (a.length == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        if (!(a[0] instanceof WeftType cls)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + Types.name(a[0]));
        }
        if (a.length == 1) {
            throw Errors.notImplemented("unbound super objects are not supported");
        }
        return new WeftSuper(cls, a[1]);
    }

    private static Object exception(Fiber t, WeftType type, Object[] a, String[] k) {
        if (k != null && k.length > 0 && type.isBuiltin()) {
            throw Errors.typeError(type.name() + "() takes no keyword arguments");
        }
        int n = a.length - (k == null ? 0 : k.length);
        Object[] args = java.util.Arrays.copyOf(a, n);
        if (type.isSubtypeOf(ErrorTypes.OS_ERROR)) {
            return WeftOsError.make(type, args);
        }
        if (type.isSubtypeOf(ErrorTypes.BASE_EXCEPTION_GROUP)) {
            return dev.weft.runtime.WeftExceptionGroup.make(t, type, args);
        }
        return new WeftError(type, WeftTuple.of(args));
    }
}
