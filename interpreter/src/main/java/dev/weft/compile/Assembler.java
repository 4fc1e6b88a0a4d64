// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.steps.Goto;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds one code object's step graph in order. Direct-style nodes accumulate and become the
 * {@code pre} work of the next step; labels name steps still to come; each step records the
 * exception handler in force where it was made.
 */
final class Assembler {
    private final List<Node> pending = new ArrayList<>();
    private final List<Integer> pendingLines = new ArrayList<>();
    /** Successor links waiting for the next step to be made. */
    private final List<Consumer<Step>> fallthrough = new ArrayList<>();
    private final List<Label> waiting = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private Label handler;
    private int line;
    private int position = -1;
    private Step entry;

    /** The source line given to steps and nodes made from now on. */
    void setLine(int line) {
        this.line = line;
    }

    int line() {
        return line;
    }

    /** The source position given to steps made from now on (an index into the code's table). */
    void setPosition(int position) {
        this.position = position;
    }

    int position() {
        return position;
    }

    /** The exception handler for steps made from now on (null: leave the frame). */
    Label handler() {
        return handler;
    }

    /** Changes the handler; pending work stays under the handler in force when it was emitted. */
    void setHandler(Label handler) {
        if (handler != this.handler && !pending.isEmpty()) {
            Goto g = add(new Goto());
            fallInto(s -> g.next = s);
        }
        this.handler = handler;
    }

    void emit(Node n) {
        pending.add(n);
        pendingLines.add(line);
    }

    /** Adds {@code s} as the next step: it takes the pending nodes and every waiting link. */
    <S extends Step> S add(S s) {
        s.line = line;
        s.pos = position;
        s.pre = pending.toArray(new Node[0]);
        s.preLines = new int[pendingLines.size()];
        for (int i = 0; i < s.preLines.length; i++) {
            s.preLines[i] = pendingLines.get(i);
        }
        pending.clear();
        pendingLines.clear();
        if (handler != null) {
            handler.whenBound(h -> s.handler = h);
        }
        for (Consumer<Step> c : fallthrough) {
            c.accept(s);
        }
        fallthrough.clear();
        for (Label l : waiting) {
            l.resolve(s);
        }
        waiting.clear();
        if (entry == null) {
            entry = s;
        }
        steps.add(s);
        return s;
    }

    /** The next step made will be where {@code link} leads. */
    void fallInto(Consumer<Step> link) {
        fallthrough.add(link);
    }

    /** Binds {@code l} to the next step made; pending work before it is flushed first. */
    void bind(Label l) {
        if (!pending.isEmpty()) {
            Goto g = add(new Goto());
            fallInto(s -> g.next = s);
        }
        waiting.add(l);
    }

    /** Ends the current block with a jump to {@code l}. */
    void jump(Label l) {
        Goto g = add(new Goto());
        l.whenBound(s -> g.next = s);
    }

    /** Ends the block by falling through into whatever comes next (flushing pending work). */
    void flush() {
        if (!pending.isEmpty()) {
            Goto g = add(new Goto());
            fallInto(s -> g.next = s);
        }
    }

    /** True when the next code is reachable by falling through or through a bound label. */
    boolean reachable() {
        return entry == null || !fallthrough.isEmpty() || !waiting.isEmpty() || !pending.isEmpty();
    }

    Step entry() {
        return entry;
    }

    List<Step> steps() {
        return steps;
    }

    boolean hasOpenEnds() {
        return !pending.isEmpty() || !fallthrough.isEmpty() || !waiting.isEmpty();
    }
}
