// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: builtin ({@code int}, {@code list}, {@code ValueError}) or defined by a script.
 * Attribute lookup walks the MRO; results are cached per type and the caches are dropped
 * whenever any class's dictionary changes (class attributes rarely change after definition).
 */
public final class WeftType implements WeftObject, HasDict {
    /** Bumped when any class dictionary changes; a cache older than this is stale. */
    private static int epoch;

    private String name;
    private String module;
    private String qualname;
    private final WeftType[] bases;
    private final WeftType[] mro;
    private final WeftDict dict;
    private final boolean builtin;
    /** The builtin ancestor whose {@link Factory} makes instances ({@code object} for plain classes). */
    private final WeftType solidBase;
    private Factory factory;
    /** A builtin type scripts may derive classes from (its factory makes their instances). */
    private boolean subclassable;
    private final Map<String, Object> cache = new HashMap<>();
    private int cacheEpoch = -1;
    /** The direct subclasses, weakly (a class nothing else refers to may be collected). */
    private final List<WeakReference<WeftType>> subclasses = new ArrayList<>();
    /** The class of this class (its metaclass); null means {@code type}. */
    private WeftType metatype;
    /**
     * Set while the class's {@code __abstractmethods__} (kept in its dict, set by abc.ABCMeta)
     * is non-empty: such a class cannot be instantiated.
     */
    private boolean abstract_;

    private WeftType(String name, WeftType[] bases, WeftDict dict, boolean builtin) {
        this.name = name;
        this.bases = bases;
        this.dict = dict;
        this.builtin = builtin;
        this.mro = Mro.compute(this, bases);
        this.solidBase = builtin || bases.length == 0 ? this : solidOf(bases);
        this.module = builtin ? "builtins" : "__main__";
        for (WeftType b : bases) {
            b.addSubclass(this);
        }
    }

    /**
     * The most derived builtin layout among the bases (CPython's best base): a mixin listed
     * first does not hide the dict that {@code class D(Mixin, OrderedDict)} instances are.
     * The class statement has checked that the layouts do not conflict.
     */
    private static WeftType solidOf(WeftType[] bases) {
        WeftType solid = bases[0].solidBase;
        for (WeftType b : bases) {
            if (b.solidBase.isSubtypeOf(solid)) {
                solid = b.solidBase;
            }
        }
        return solid;
    }

    private void addSubclass(WeftType sub) {
        int n = subclasses.size();
        if (n >= 64 && (n & (n - 1)) == 0) {
            // Classes made in a loop must not leave their references behind forever.
            subclasses.removeIf(r -> r.get() == null);
        }
        subclasses.add(new WeakReference<>(sub));
    }

    /** A builtin type with one base (or none for {@code object}). */
    public static WeftType builtin(String name, WeftType base) {
        return new WeftType(name, base == null ? new WeftType[0] : new WeftType[] {base},
                new WeftDict(), true);
    }

    /** A builtin type with several bases (ExceptionGroup), its MRO by C3 as CPython's. */
    public static WeftType builtinWithBases(String name, WeftType... bases) {
        return new WeftType(name, bases, new WeftDict(), true);
    }

    /** A class created by a {@code class} statement. */
    public static WeftType user(String name, WeftType[] bases, WeftDict dict) {
        return user(name, bases, dict, null);
    }

    /** A class whose metaclass is {@code metatype} (null or {@code type} for a plain class). */
    public static WeftType user(String name, WeftType[] bases, WeftDict dict,
            WeftType metatype) {
        WeftType t = new WeftType(name, bases, dict, false);
        t.metatype = metatype == Types.TYPE ? null : metatype;
        epoch++;
        return t;
    }

    @Override
    public WeftType type() {
        return metatype == null ? Types.TYPE : metatype;
    }

    /** True when this class's metaclass is exactly {@code type} (no metaclass hooks apply). */
    public boolean hasPlainMetatype() {
        return metatype == null;
    }

    /** True while abstract methods keep this class from being instantiated. */
    public boolean isAbstract() {
        return abstract_;
    }

    public void setAbstract(boolean isAbstract) {
        this.abstract_ = isAbstract;
    }

    @Override
    public WeftDict dict() {
        return dict;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname != null ? qualname : name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /** {@code cls.__name__ = name} (script classes only; the caller checks). */
    public void setName(String name) {
        this.name = name;
        epoch++;
    }

    public String module() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public WeftType[] bases() {
        return bases;
    }

    /** {@code __base__}: the first base with this class's layout (CPython's best base). */
    public WeftType base() {
        for (WeftType b : bases) {
            if (b.solidBase == solidBase || builtin) {
                return b;
            }
        }
        return bases.length == 0 ? null : bases[0];
    }

    public WeftType[] mro() {
        return mro;
    }

    public WeftType solidBase() {
        return solidBase;
    }

    public Factory factory() {
        return solidBase.factory;
    }

    public boolean isSubclassable() {
        return subclassable;
    }

    /** Lets classes derive from this builtin type; its factory must honour the subclass. */
    public void allowSubclasses() {
        this.subclassable = true;
    }

    public void setFactory(Factory factory) {
        this.factory = factory;
    }

    /** True when this type is {@code other} or derives from it. */
    public boolean isSubtypeOf(WeftType other) {
        if (this == other) {
            return true;
        }
        for (WeftType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The attribute {@code name} found along the MRO, or null. */
    public Object lookup(String name) {
        if (cacheEpoch != epoch) {
            cache.clear();
            cacheEpoch = epoch;
        }
        Object hit = cache.get(name);
        if (hit == null && !cache.containsKey(name)) {
            hit = lookupUncached(name);
            cache.put(name, hit);
        }
        return hit;
    }

    private Object lookupUncached(String name) {
        for (WeftType t : mro) {
            Object v = t.dict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Sets a class attribute (a script's {@code C.x = v}); drops every lookup cache. */
    public void setAttr(String name, Object value) {
        dict.putStr(name, value);
        epoch++;
    }

    /** Deletes a class attribute; false when it was absent. */
    public boolean delAttr(String name) {
        boolean had = dict.removeStr(name);
        epoch++;
        return had;
    }

    /** Adds an entry while a builtin type is being set up. */
    public void define(String name, Object value) {
        dict.putStr(name, value);
        epoch++;
    }

    /** {@code __subclasses__()}: the direct subclasses still alive, oldest first. */
    public List<WeftType> subclasses() {
        List<WeftType> out = new ArrayList<>();
        subclasses.removeIf(r -> r.get() == null);
        for (WeakReference<WeftType> r : subclasses) {
            WeftType c = r.get();
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The MRO's names, for messages and tests. */
    public List<String> mroNames() {
        List<String> names = new ArrayList<>();
        for (WeftType t : mro) {
            names.add(t.name);
        }
        return names;
    }

    /**
     * The name a repr shows: bare for builtins, else with the module, as CPython's types
     * print ({@code queue.Full}, {@code __main__.A}), builtin-implemented or not.
     */
    public String qualifiedName() {
        return "builtins".equals(module) ? qualname() : module + "." + qualname();
    }

    @Override
    public String toString() {
        // CPython shows a class of the builtins module by its __name__, others by qualname.
        return "<class '" + ("builtins".equals(module) ? name : qualifiedName()) + "'>";
    }
}
