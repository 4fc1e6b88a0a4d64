// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.ModuleAst;
import dev.weft.compile.Symbol.Kind;
import dev.weft.parse.SyntaxError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass: decides for every name of every scope whether it is local, a cell, free,
 * global or a class-namespace name, then lays out frame slots. Works top-down, so an enclosing
 * scope is classified before the scopes that capture from it.
 */
final class ScopeAnalysis {
    private final ModuleAst module;
    /** Per scope: names whose cells pass through it (frees), in first-seen order. */
    private final Map<Scope, Set<String>> frees = new LinkedHashMap<>();
    /** Per scope: its own names captured by inner scopes. */
    private final Map<Scope, Set<String>> captured = new LinkedHashMap<>();
    private final List<Scope> order = new ArrayList<>();

    private ScopeAnalysis(ModuleAst module) {
        this.module = module;
    }

    static void analyze(Scope top, ModuleAst module) {
        ScopeAnalysis a = new ScopeAnalysis(module);
        a.classify(top);
        for (Scope s : a.order) {
            a.layout(s);
        }
    }

    private void classify(Scope s) {
        order.add(s);
        frees.put(s, new LinkedHashSet<>());
        captured.put(s, new LinkedHashSet<>());
        switch (s.kind) {
            case MODULE:
                break;
            case CLASS:
                classifyClass(s);
                break;
            default:
                classifyFunction(s);
        }
        for (Scope child : s.children) {
            classify(child);
        }
    }

    private void classifyFunction(Scope s) {
        for (String name : s.bound) {
            if (s.declaredGlobal.containsKey(name)) {
                s.symbols.put(name, new Symbol(Kind.GLOBAL, -1));
            } else if (s.declaredNonlocal.containsKey(name)) {
                bindNonlocal(s, name);
            } else {
                s.symbols.put(name, new Symbol(Kind.LOCAL, -1));
            }
        }
        for (String name : s.declaredNonlocal.keySet()) {
            if (!s.symbols.containsKey(name)) {
                bindNonlocal(s, name);
            }
        }
        for (String name : s.declaredGlobal.keySet()) {
            s.symbols.putIfAbsent(name, new Symbol(Kind.GLOBAL, -1));
        }
        for (String name : s.used) {
            if (!s.symbols.containsKey(name)) {
                s.symbols.put(name, new Symbol(capture(s, name) ? Kind.FREE : Kind.GLOBAL, -1));
            }
        }
        if (s.usesClassCell) {
            captureClassCell(s);
        }
    }

    private void bindNonlocal(Scope s, String name) {
        if (!capture(s, name)) {
            var at = s.declaredNonlocal.get(name);
            throw new SyntaxError("SyntaxError", "no binding for nonlocal '" + name + "' found",
                    module.file(), module.source(), at.line(), at.col());
        }
        s.symbols.put(name, new Symbol(Kind.FREE, -1));
    }

    private void classifyClass(Scope s) {
        for (String name : s.bound) {
            if (s.declaredGlobal.containsKey(name)) {
                s.symbols.put(name, new Symbol(Kind.GLOBAL, -1));
            } else if (s.declaredNonlocal.containsKey(name)) {
                bindNonlocal(s, name);
            } else {
                s.symbols.put(name, new Symbol(Kind.NAME, -1));
            }
        }
        for (String name : s.declaredGlobal.keySet()) {
            s.symbols.putIfAbsent(name, new Symbol(Kind.GLOBAL, -1));
        }
        for (String name : s.used) {
            if (!s.symbols.containsKey(name)) {
                s.symbols.put(name, new Symbol(capture(s, name) ? Kind.CLASS_FREE : Kind.NAME, -1));
            }
        }
    }

    /**
     * Finds {@code name} bound in an enclosing function scope (class bodies are skipped, but
     * pass the cell through); marks it captured there and free in between. False: a global.
     */
    private boolean capture(Scope from, String name) {
        List<Scope> between = new ArrayList<>();
        for (Scope p = from.parent; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.MODULE) {
                return false;
            }
            if (p.kind == Scope.Kind.CLASS) {
                between.add(p);
                continue;
            }
            Symbol sym = p.symbols.get(name);
            if (sym == null) {
                between.add(p);
                continue;
            }
            if (sym.kind() == Kind.GLOBAL) {
                return false;
            }
            if (sym.kind() == Kind.LOCAL || sym.kind() == Kind.CELL) {
                p.symbols.put(name, new Symbol(Kind.CELL, -1));
                captured.get(p).add(name);
            }
            frees.get(from).add(name);
            for (Scope b : between) {
                frees.get(b).add(name);
            }
            return true;
        }
        return false;
    }

    /** super() and __class__ read the cell of the nearest enclosing class body. */
    private void captureClassCell(Scope s) {
        List<Scope> between = new ArrayList<>();
        for (Scope p = s.parent; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.CLASS) {
                p.providesClassCell = true;
                captured.get(p).add("__class__");
                s.symbols.put("__class__", new Symbol(Kind.FREE, -1));
                frees.get(s).add("__class__");
                for (Scope b : between) {
                    frees.get(b).add("__class__");
                }
                return;
            }
            if (p.kind == Scope.Kind.MODULE) {
                return;
            }
            between.add(p);
        }
    }

    /** Assigns slots: parameters, then other locals and cells, then frees. */
    private void layout(Scope s) {
        if (s.kind == Scope.Kind.MODULE) {
            return;
        }
        Map<String, Symbol> laid = new LinkedHashMap<>();
        for (String p : s.params) {
            Symbol sym = s.symbols.get(p);
            int slot = s.addSlot(p);
            laid.put(p, new Symbol(sym.kind(), slot));
            if (sym.kind() == Kind.CELL) {
                s.cellParams.add(p);
            }
        }
        for (Map.Entry<String, Symbol> e : s.symbols.entrySet()) {
            Kind k = e.getValue().kind();
            if (!laid.containsKey(e.getKey()) && (k == Kind.LOCAL || k == Kind.CELL)) {
                laid.put(e.getKey(), new Symbol(k, s.addSlot(e.getKey())));
                if (k == Kind.CELL) {
                    s.cellLocals.add(e.getKey());
                }
            }
        }
        if (s.providesClassCell) {
            s.cellLocals.add("__class__");
            s.classCellSlot = s.addSlot("__class__");
        }
        for (String name : frees.get(s)) {
            int slot = s.addSlot(name);
            s.frees.add(name);
            s.freeSlots.put(name, slot);
            Symbol sym = s.symbols.get(name);
            if (sym != null && (sym.kind() == Kind.FREE || sym.kind() == Kind.CLASS_FREE)) {
                laid.put(name, new Symbol(sym.kind(), slot));
            }
        }
        for (Map.Entry<String, Symbol> e : s.symbols.entrySet()) {
            laid.putIfAbsent(e.getKey(), e.getValue());
        }
        s.symbols.clear();
        s.symbols.putAll(laid);
    }
}
