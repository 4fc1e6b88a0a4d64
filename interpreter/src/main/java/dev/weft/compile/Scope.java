// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lexical scope (module, class body, function, lambda or comprehension) with what the
 * resolver learned about its names: first what is bound, used and declared; then, after
 * analysis, each name's {@link Symbol} and the frame layout.
 */
public final class Scope {
    /** The kinds of scope; class bodies are skipped when resolving free names. */
    public enum Kind { MODULE, CLASS, FUNCTION, COMPREHENSION }

    public final Kind kind;
    public final String name;
    public final Scope parent;
    public final List<Scope> children = new ArrayList<>();

    // ---- collected by the first pass ----
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    /** Declared names with the span of their declaration (errors point at it, as CPython's do). */
    final Map<String, dev.weft.ast.Span> declaredGlobal = new LinkedHashMap<>();
    final Map<String, dev.weft.ast.Span> declaredNonlocal = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    /** Names a comprehension assigns with := on behalf of an enclosing scope. */
    final Set<String> walrusTargets = new LinkedHashSet<>();
    public boolean isGenerator;
    public boolean isAsync;
    /** A function using zero-argument super() or __class__: needs the class cell. */
    boolean usesClassCell;
    /** A class whose methods use the class cell: the body makes one. */
    public boolean providesClassCell;

    // ---- results of analysis ----
    final Map<String, Symbol> symbols = new LinkedHashMap<>();
    /** Names of cell variables that are not parameters, in slot order. */
    public final List<String> cellLocals = new ArrayList<>();
    /** Parameters captured by closures. */
    public final List<String> cellParams = new ArrayList<>();
    /** Free variable names in closure order. */
    public final List<String> frees = new ArrayList<>();
    public final List<String> slotNames = new ArrayList<>();
    /** Slot of each free (and class pass-through) variable's cell. */
    public final Map<String, Integer> freeSlots = new LinkedHashMap<>();
    /** Slot of the __class__ cell a class body makes, or -1. */
    public int classCellSlot = -1;

    /** The slot holding the cell for {@code name} (own cell or free), for building closures. */
    public int cellSlot(String name) {
        if (name.equals("__class__") && classCellSlot >= 0) {
            return classCellSlot;
        }
        Integer free = freeSlots.get(name);
        if (free != null) {
            return free;
        }
        Symbol s = symbols.get(name);
        if (s != null && s.kind() == Symbol.Kind.CELL) {
            return s.slot();
        }
        throw new IllegalStateException("no cell for " + name + " in " + this.name);
    }
    public String qualname;
    /** Variables proved to be the only reference to what they hold (see Ownership). */
    public final Set<String> owning = new java.util.HashSet<>();

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The class whose private names ({@code __x}) are mangled here; null outside classes. */
    String privateOwner;

    /** {@code name} as this scope stores it: private names mangled (see {@link Mangling}). */
    public String mangle(String name) {
        return Mangling.mangle(privateOwner, name);
    }

    /** The symbol for {@code name}: module scopes and unknown names resolve as globals. */
    public Symbol lookup(String name) {
        name = mangle(name);
        Symbol s = symbols.get(name);
        if (s != null) {
            return s;
        }
        return new Symbol(kind == Kind.CLASS ? Symbol.Kind.NAME : Symbol.Kind.GLOBAL, -1);
    }

    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    /** Slots used by names (the compiler adds temporaries after these). */
    public int nameSlots() {
        return slotNames.size();
    }

    int addSlot(String name) {
        slotNames.add(name);
        return slotNames.size() - 1;
    }
}
