// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import dev.weft.ast.Span;
import dev.weft.ast.Stmt;
import dev.weft.cps.Code;
import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.nodes.Literals.Const;
import dev.weft.nodes.Variables;
import dev.weft.nodes.Variables.LocalLoad;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.parse.SyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of compiling one code object: its scope, its assembler, its temporaries, and the
 * stacks of enclosing loops and cleanups that break, continue and return must honour.
 */
final class CodeGen {
    final Unit unit;
    final Scope scope;
    final Code code;
    final Assembler asm = new Assembler();
    final Expressions exprs;
    final Statements stmts;
    final TargetCompiler targets;
    final List<Loop> loops = new ArrayList<>();
    final List<Cleanup> cleanups = new ArrayList<>();
    final Positions positions;
    private int tempTop;
    private int maxTemps;

    CodeGen(Unit unit, Scope scope, Code code) {
        this.unit = unit;
        this.scope = scope;
        this.code = code;
        this.exprs = new Expressions(this);
        this.stmts = new Statements(this);
        this.targets = new TargetCompiler(this);
        this.positions = new Positions(unit.module);
    }

    /** What returning from this code releases: its owning locals (null when none). */
    Node releasesOnReturn() {
        return releasesOnReturn(null);
    }

    /** As {@link #releasesOnReturn()}, passing {@code returned} on to the caller. */
    Node releasesOnReturn(Node returned) {
        if (!scope.isFunctionLike() || scope.owning.isEmpty()) {
            return null;
        }
        int[] slots = scope.owning.stream()
                .map(scope::lookup)
                .filter(sym -> sym.kind() == Symbol.Kind.LOCAL)
                .mapToInt(Symbol::slot).sorted().toArray();
        return slots.length == 0 ? null : new dev.weft.nodes.Owned.Release(returned, slots);
    }

    // ---- temporaries ------------------------------------------------------------------------

    int temp() {
        int slot = scope.nameSlots() + tempTop++;
        maxTemps = Math.max(maxTemps, tempTop);
        return slot;
    }

    int mark() {
        return tempTop;
    }

    void release(int mark) {
        tempTop = mark;
    }

    int frameSize() {
        return scope.nameSlots() + maxTemps;
    }

    // ---- emitting -----------------------------------------------------------------------------

    void emit(Node n) {
        asm.emit(n);
    }

    <S extends Step> S add(S s) {
        return asm.add(s);
    }

    /** Steps made from now on report {@code span}: its line, and its position for carets. */
    void line(Span span) {
        if (span.line() > 0) {
            asm.setLine(span.line());
            asm.setPosition(positions.register(span, null));
        }
    }

    /** Gives {@code node} the position of {@code e}, the expression whose operation it does. */
    <N extends Node> N at(N node, Expr e) {
        node.pos = positions.register(e.span(), e);
        return node;
    }

    /** As {@link #at(Node, Expr)} for a span with no operator or brackets to point at. */
    <N extends Node> N at(N node, Span span) {
        node.pos = positions.register(span, null);
        return node;
    }

    Node expr(Expr e) {
        return exprs.compile(e);
    }

    void body(List<Stmt> body) {
        for (Stmt s : body) {
            stmts.compile(s);
        }
    }

    boolean suspends(Expr e) {
        return unit.suspends.has(e);
    }

    /**
     * Makes {@code n} safe to evaluate after a later call: a constant or parameter is, anything
     * else is evaluated now into a temporary.
     */
    Node spill(Node n) {
        if (n instanceof Const || n instanceof TempLoad) {
            return n;
        }
        if (n instanceof LocalLoad l && l.slot() < scope.params.size()) {
            return n;
        }
        int slot = temp();
        emit(new Variables.SlotStore(slot, n));
        return new TempLoad(slot);
    }

    /** Evaluates {@code n} now into a fresh temporary, always. */
    int store(Node n) {
        int slot = temp();
        emit(new Variables.SlotStore(slot, n));
        return slot;
    }

    SyntaxError error(Span span, String message) {
        return new SyntaxError("SyntaxError", message, unit.module.file(), unit.module.source(),
                span.line(), span.col());
    }

    boolean isGenerator() {
        return code.kind != Code.Kind.FUNCTION && code.kind != Code.Kind.MODULE
                && code.kind != Code.Kind.CLASS_BODY;
    }

    /** A loop being compiled: where continue and break go, and the cleanups outside it. */
    record Loop(Label top, Label exit, int cleanupDepth) {}
}
