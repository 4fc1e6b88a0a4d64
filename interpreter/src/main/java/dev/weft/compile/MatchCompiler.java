// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.MatchCase;
import dev.weft.ast.Pattern;
import dev.weft.ast.Pattern.MatchAs;
import dev.weft.ast.Pattern.MatchClass;
import dev.weft.ast.Pattern.MatchMapping;
import dev.weft.ast.Pattern.MatchOr;
import dev.weft.ast.Pattern.MatchSequence;
import dev.weft.ast.Pattern.MatchSingleton;
import dev.weft.ast.Pattern.MatchStar;
import dev.weft.ast.Pattern.MatchValue;
import dev.weft.ast.Stmt;
import dev.weft.cps.Node;
import dev.weft.nodes.Comparisons;
import dev.weft.nodes.Patterns;
import dev.weft.nodes.Variables;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.runtime.Compare;
import dev.weft.steps.Branch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a match statement into the step graph. The subject goes to a temporary; a case's
 * pattern becomes a chain of {@link Branch} steps on {@link Patterns}' tests that falls through
 * when it matches and jumps to the next case when it does not. Captured values wait in
 * temporaries and are bound to their names only once the whole pattern has matched, before the
 * guard, as CPython binds them. Every sub-pattern's subject is a temporary or an element of an
 * array in one, so reading it again costs nothing and calls nothing.
 */
final class MatchCompiler {
    private final CodeGen g;
    /** The temporary of each name the current case's pattern captures. */
    private Map<String, Integer> captures;

    MatchCompiler(CodeGen g) {
        this.g = g;
    }

    void compile(Stmt.Match s) {
        Node subject = new TempLoad(g.store(g.expr(s.subject())));
        Label end = new Label();
        for (MatchCase c : s.cases()) {
            int mark = g.mark();
            Label next = new Label();
            captures = new LinkedHashMap<>();
            pattern(c.pattern(), subject, next);
            captures.forEach((name, slot) -> g.emit(g.targets.storeName(name, new TempLoad(slot))));
            if (c.guard() != null) {
                g.line(c.guard().span());
                test(g.expr(c.guard()), next);
            }
            g.body(c.body());
            g.asm.jump(end);
            g.asm.bind(next);
            g.release(mark);
        }
        g.asm.bind(end);
    }

    /** Goes on when {@code condition} is true, to {@code fail} when not. */
    private void test(Node condition, Label fail) {
        Branch br = g.add(new Branch(condition));
        g.asm.fallInto(s -> br.yes = s);
        fail.whenBound(s -> br.no = s);
    }

    /** Emits the checks of {@code p} against {@code subject}; falls through when it matches. */
    private void pattern(Pattern p, Node subject, Label fail) {
        g.line(p.span());
        if (p instanceof MatchValue v) {
            Node value = g.expr(v.value());
            test(g.at(Comparisons.of(Compare.EQ, subject, value), p.span()), fail);
        } else if (p instanceof MatchSingleton s) {
            Node value = g.expr(s.value());
            test(Comparisons.of(Comparisons.IS, subject, value), fail);
        } else if (p instanceof MatchAs a) {
            if (a.pattern() != null) {
                pattern(a.pattern(), subject, fail);
            }
            capture(a.name(), subject);
        } else if (p instanceof MatchOr o) {
            alternatives(o.patterns(), subject, fail);
        } else if (p instanceof MatchSequence s) {
            sequence(s, subject, fail);
        } else if (p instanceof MatchMapping m) {
            mapping(m, subject, fail);
        } else if (p instanceof MatchClass c) {
            classPattern(c, subject, fail);
        }
    }

    private void capture(String name, Node value) {
        if (name != null) {
            int slot = captures.computeIfAbsent(name, k -> g.temp());
            g.emit(new Variables.SlotStore(slot, value));
        }
    }

    private void alternatives(List<Pattern> alts, Node subject, Label fail) {
        Label matched = new Label();
        for (int i = 0; i < alts.size(); i++) {
            boolean last = i == alts.size() - 1;
            Label other = last ? fail : new Label();
            pattern(alts.get(i), subject, other);
            if (!last) {
                g.asm.jump(matched);
                g.asm.bind(other);
            }
        }
        g.asm.bind(matched);
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs a && a.pattern() == null && a.name() == null
                || p instanceof MatchStar s && s.name() == null;
    }

    private void sequence(MatchSequence s, Node subject, Label fail) {
        List<Pattern> ps = s.patterns();
        int n = ps.size();
        int star = -1;
        for (int i = 0; i < n; i++) {
            star = ps.get(i) instanceof MatchStar ? i : star;
        }
        test(g.at(new Patterns.Kind(subject, false), s.span()), fail);
        test(g.at(new Patterns.Length(subject, star < 0 ? n : n - 1, star >= 0), s.span()), fail);
        if (ps.stream().allMatch(MatchCompiler::isWildcard)) {
            return;
        }
        Node extract;
        if (star >= 0 && isWildcard(ps.get(star))) {
            boolean[] needed = new boolean[n];
            for (int i = 0; i < n; i++) {
                needed[i] = !isWildcard(ps.get(i));
            }
            extract = new Patterns.Subscripts(subject, star, needed);
        } else {
            extract = new Patterns.Unpack(subject, n, star);
        }
        Node items = new TempLoad(g.store(g.at(extract, s.span())));
        for (int i = 0; i < n; i++) {
            if (ps.get(i) instanceof MatchStar m) {
                capture(m.name(), new Patterns.Item(items, i));
            } else if (!isWildcard(ps.get(i))) {
                pattern(ps.get(i), new Patterns.Item(items, i), fail);
            }
        }
    }

    private void mapping(MatchMapping m, Node subject, Label fail) {
        int n = m.keys().size();
        test(g.at(new Patterns.Kind(subject, true), m.span()), fail);
        if (n == 0) {
            capture(m.rest(), g.at(new Patterns.Rest(subject, null), m.span()));
            return;
        }
        test(g.at(new Patterns.Length(subject, n, true), m.span()), fail);
        Node[] keyNodes = g.exprs.all(m.keys());
        Node keys = new TempLoad(g.store(new Patterns.Keys(keyNodes)));
        Node values = new TempLoad(g.store(g.at(new Patterns.Values(subject, keys), m.span())));
        test(new Patterns.Present(values), fail);
        for (int i = 0; i < n; i++) {
            pattern(m.patterns().get(i), new Patterns.Item(values, i), fail);
        }
        g.line(m.span());
        capture(m.rest(), g.at(new Patterns.Rest(subject, keys), m.span()));
    }

    private void classPattern(MatchClass c, Node subject, Label fail) {
        Node cls = g.expr(c.cls());
        int nargs = c.patterns().size();
        String[] keywords = c.kwdAttrs().toArray(new String[0]);
        Node attrs = new TempLoad(g.store(g.at(
                new Patterns.ClassMatch(cls, subject, nargs, keywords), c.span())));
        test(new Patterns.Present(attrs), fail);
        for (int i = 0; i < nargs + keywords.length; i++) {
            Pattern sub = i < nargs ? c.patterns().get(i) : c.kwdPatterns().get(i - nargs);
            pattern(sub, new Patterns.Item(attrs, i), fail);
        }
    }
}
