// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import dev.weft.cps.Node;
import dev.weft.nodes.Access;
import dev.weft.nodes.Targets;
import dev.weft.nodes.Targets.Target;
import dev.weft.nodes.Variables;
import java.util.List;

/** Compiles what can be assigned to or deleted: names, attributes, subscripts, unpackings. */
final class TargetCompiler {
    private final CodeGen g;

    TargetCompiler(CodeGen g) {
        this.g = g;
    }

    /** A node storing {@code value} into variable {@code name}. */
    Node storeName(String written, Node value) {
        String name = g.scope.mangle(written);
        Symbol s = g.scope.lookup(name);
        if (g.scope.owning.contains(name)) {
            if (s.kind() == Symbol.Kind.LOCAL) {
                return new dev.weft.nodes.Owned.SlotStore(s.slot(), value);
            }
            if (s.kind() == Symbol.Kind.GLOBAL) {
                return new dev.weft.nodes.Owned.GlobalStore(name, value);
            }
        }
        switch (s.kind()) {
            case LOCAL: return new Variables.SlotStore(s.slot(), value);
            case CELL:
            case FREE:
                return new Variables.CellStore(s.slot(), value);
            case NAME:
            case CLASS_FREE:
                return new Variables.NameStore(name, value);
            default: return new Variables.GlobalStore(name, value);
        }
    }

    Target target(Expr e) {
        if (e instanceof Expr.Name n) {
            Symbol s = g.scope.lookup(n.id());
            switch (s.kind()) {
                case LOCAL: return new Targets.Slot(s.slot());
                case CELL:
                case FREE:
                    return new Targets.Cell(s.slot());
                case NAME:
                case CLASS_FREE:
                    return new Targets.Name(g.scope.mangle(n.id()));
                default: return new Targets.Global(g.scope.mangle(n.id()));
            }
        }
        if (e instanceof Expr.Attribute a) {
            Target t = new Targets.Attr(g.expr(a.value()), g.scope.mangle(a.attr()));
            t.pos = g.positions.register(e.span(), e);
            return t;
        }
        if (e instanceof Expr.Subscript s) {
            Node obj = g.expr(s.value());
            if (g.suspends(s.index())) {
                obj = g.spill(obj);
            }
            Target t = new Targets.Subscr(obj, g.expr(s.index()));
            t.pos = g.positions.register(e.span(), e);
            return t;
        }
        if (e instanceof Expr.Tuple t) {
            return unpack(t.elts(), e);
        }
        if (e instanceof Expr.ListDisplay l) {
            return unpack(l.elts(), e);
        }
        if (e instanceof Expr.Starred) {
            throw g.error(e.span(), "starred assignment target must be in a list or tuple");
        }
        throw g.error(e.span(), "cannot assign to expression");
    }

    private Target unpack(List<Expr> elts, Expr whole) {
        Target[] items = new Target[elts.size()];
        int star = -1;
        for (int i = 0; i < items.length; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                if (star >= 0) {
                    throw g.error(x.span(), "multiple starred expressions in assignment");
                }
                star = i;
                x = s.value();
            }
            items[i] = target(x);
        }
        Target t = new Targets.Unpack(items, star);
        t.pos = g.positions.register(whole.span(), null);
        return t;
    }

    /** Emits the assignment of {@code value} to each target, left to right. */
    void assign(List<Expr> targets, Node value) {
        if (targets.size() == 1 && targets.get(0) instanceof Expr.Name n) {
            g.emit(storeName(n.id(), value));
            return;
        }
        boolean later = g.unit.suspends.any(targets);
        Node v = later ? g.spill(value) : value;
        Target[] ts = new Target[targets.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = target(targets.get(i));
        }
        g.emit(new Targets.Assign(ts, v));
    }

    /** Emits {@code del target}. */
    void delete(Expr e) {
        if (e instanceof Expr.Name n && g.scope.owning.contains(n.id())) {
            Symbol s = g.scope.lookup(n.id());
            g.emit(new dev.weft.nodes.Misc.Discard(g.exprs.load(n.id())));
            if (s.kind() == Symbol.Kind.LOCAL) {
                g.emit(new dev.weft.nodes.Owned.Release(s.slot()));
                return;
            }
            if (s.kind() == Symbol.Kind.GLOBAL) {
                g.emit(new dev.weft.nodes.Owned.ReleaseGlobal(g.scope.mangle(n.id())));
                return;
            }
        }
        if (e instanceof Expr.Name n) {
            Symbol s = g.scope.lookup(n.id());
            switch (s.kind()) {
                case LOCAL -> g.emit(g.at(new Variables.LocalDelete(s.slot(), n.id()), e));
                case CELL -> g.emit(g.at(new Variables.CellDelete(s.slot(), n.id(), false), e));
                case FREE -> g.emit(g.at(new Variables.CellDelete(s.slot(), n.id(), true), e));
                case NAME, CLASS_FREE -> g.emit(g.at(
                        new Variables.NameDelete(g.scope.mangle(n.id())), e));
                default -> g.emit(g.at(new Variables.GlobalDelete(g.scope.mangle(n.id())), e));
            }
        } else if (e instanceof Expr.Attribute a) {
            g.emit(g.at(new Access.AttrDelete(g.expr(a.value()), g.scope.mangle(a.attr())), e));
        } else if (e instanceof Expr.Subscript s) {
            Node obj = g.expr(s.value());
            if (g.suspends(s.index())) {
                obj = g.spill(obj);
            }
            g.emit(g.at(new Access.SubscrDelete(obj, g.expr(s.index())), e));
        } else if (e instanceof Expr.Tuple t) {
            t.elts().forEach(this::delete);
        } else if (e instanceof Expr.ListDisplay l) {
            l.elts().forEach(this::delete);
        } else {
            throw g.error(e.span(), "cannot delete expression");
        }
    }
}
