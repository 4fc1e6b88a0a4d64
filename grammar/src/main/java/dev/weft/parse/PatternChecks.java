// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.Constant;
import dev.weft.ast.MatchCase;
import dev.weft.ast.Pattern;
import dev.weft.ast.Pattern.MatchAs;
import dev.weft.ast.Pattern.MatchClass;
import dev.weft.ast.Pattern.MatchMapping;
import dev.weft.ast.Pattern.MatchOr;
import dev.weft.ast.Pattern.MatchSequence;
import dev.weft.ast.Pattern.MatchStar;
import dev.weft.ast.Span;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks CPython's compiler makes on a match statement's patterns: an irrefutable pattern
 * before the end, a name bound twice, alternatives binding different names, duplicate literal
 * keys, two starred names, a repeated keyword attribute. As CPython's compiler does, an error
 * is placed at the pattern most recently entered (which, for a name stored after its
 * sub-patterns, is the last of those).
 */
final class PatternChecks {
    private final ExprBuilder b;
    private Span where;
    private String error;

    private PatternChecks(ExprBuilder b) {
        this.b = b;
    }

    /** Records the first error of {@code cases} as a compiler-stage error of the builder. */
    static void check(ExprBuilder b, List<MatchCase> cases) {
        PatternChecks c = new PatternChecks(b);
        for (int i = 0; i < cases.size() && c.error == null; i++) {
            MatchCase m = cases.get(i);
            boolean last = m.guard() != null || i == cases.size() - 1;
            c.check(m.pattern(), last, new ArrayList<>());
        }
        if (c.error != null) {
            b.compilerError(c.error, c.where);
        }
    }

    private boolean fail(String message) {
        if (error == null) {
            error = message;
        }
        return false;
    }

    /** Checks {@code p}; adds the names it binds to {@code stores}; false after an error. */
    private boolean check(Pattern p, boolean irrefutableAllowed, List<String> stores) {
        where = p.span();
        if (p instanceof MatchAs a) {
            if (a.pattern() == null) {
                if (!irrefutableAllowed) {
                    return fail(a.name() == null ? "wildcard makes remaining patterns unreachable"
                            : "name capture '" + a.name() + "' makes remaining patterns unreachable");
                }
                return store(a.name(), stores);
            }
            return check(a.pattern(), irrefutableAllowed, stores) && store(a.name(), stores);
        }
        if (p instanceof MatchStar s) {
            return store(s.name(), stores);
        }
        if (p instanceof MatchSequence s) {
            if (s.patterns().stream().filter(x -> x instanceof MatchStar).count() > 1) {
                return fail("multiple starred names in sequence pattern");
            }
            return all(s.patterns(), stores);
        }
        if (p instanceof MatchMapping m) {
            return keys(m) && all(m.patterns(), stores) && store(m.rest(), stores);
        }
        if (p instanceof MatchClass c) {
            return attributes(c) && all(c.patterns(), stores) && all(c.kwdPatterns(), stores);
        }
        if (p instanceof MatchOr o) {
            return alternatives(o, irrefutableAllowed, stores);
        }
        return true;
    }

    private boolean all(List<Pattern> ps, List<String> stores) {
        for (Pattern p : ps) {
            if (!check(p, true, stores)) {
                return false;
            }
        }
        return true;
    }

    private boolean store(String name, List<String> stores) {
        if (name == null) {
            return true;
        }
        if (stores.contains(name)) {
            return fail("multiple assignments to name '" + name + "' in pattern");
        }
        stores.add(name);
        return true;
    }

    private boolean alternatives(MatchOr o, boolean irrefutableAllowed, List<String> stores) {
        List<String> control = null;
        List<Pattern> alts = o.patterns();
        for (int i = 0; i < alts.size(); i++) {
            List<String> mine = new ArrayList<>();
            if (!check(alts.get(i), i == alts.size() - 1 && irrefutableAllowed, mine)) {
                return false;
            }
            if (control == null) {
                control = mine;
            } else if (!new HashSet<>(control).equals(new HashSet<>(mine))) {
                return fail("alternative patterns bind different names");
            }
        }
        for (String name : control) {
            if (!store(name, stores)) {
                return false;
            }
        }
        return true;
    }

    private boolean attributes(MatchClass c) {
        List<String> attrs = c.kwdAttrs();
        for (int i = 0; i < attrs.size(); i++) {
            if (attrs.subList(0, i).contains(attrs.get(i))) {
                where = c.kwdPatterns().get(i).span();
                return fail("attribute name repeated in class pattern: " + attrs.get(i));
            }
        }
        return true;
    }

    /** Literal keys that compare equal (1, 1.0 and True do); dotted names are checked at run time. */
    private boolean keys(MatchMapping m) {
        Set<Object> seen = new HashSet<>();
        for (Expr k : m.keys()) {
            if (k instanceof Expr.JoinedStr) {
                where = m.span();
                return fail("mapping pattern keys may only match literals and attribute lookups");
            }
            Object key = keyValue(k);
            if (key != null && !seen.add(key)) {
                where = m.span();
                return fail("mapping pattern checks duplicate key (" + repr(k) + ")");
            }
        }
        return true;
    }

    /** A value equal, as Java objects, exactly where the Python values are equal; or null. */
    private static Object keyValue(Expr k) {
        if (k instanceof Constant c) {
            switch (c.kind()) {
                case STR: return "s" + c.value();
                case BYTES: return "b" + new String((byte[]) c.value(),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                case NONE: return "None";
                case TRUE: return List.of(BigDecimal.ONE, BigDecimal.ZERO);
                case FALSE: return List.of(BigDecimal.ZERO, BigDecimal.ZERO);
                default: return number(c);
            }
        }
        if (k instanceof Expr.UnaryOp u) {
            List<BigDecimal> n = (List<BigDecimal>) keyValue(u.operand());
            return n == null ? null : List.of(n.get(0).negate(), n.get(1).negate());
        }
        if (k instanceof Expr.BinOp op && keyValue(op.left()) instanceof List<?> l
                && keyValue(op.right()) instanceof List<?> r) {
            int sign = op.op() == dev.weft.ast.Operators.BinaryOperator.ADD ? 1 : -1;
            BigDecimal im = (BigDecimal) r.get(1);
            return List.of(l.get(0), ((BigDecimal) l.get(1)).add(sign > 0 ? im : im.negate()));
        }
        return null;
    }

    /** (real, imaginary) with trailing zeros stripped, so 1 and 1.0 are equal; NaN is never. */
    private static List<BigDecimal> number(Constant c) {
        switch (c.kind()) {
            case INT:
                BigInteger i = c.value() instanceof BigInteger big ? big
                        : BigInteger.valueOf((Long) c.value());
                return List.of(norm(new BigDecimal(i)), BigDecimal.ZERO);
            case FLOAT:
            case IMAG:
                double d = (Double) c.value();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return null;
                }
                BigDecimal v = norm(new BigDecimal(d));
                return c.kind() == Expr.ConstKind.FLOAT ? List.of(v, BigDecimal.ZERO)
                        : List.of(BigDecimal.ZERO, v);
            default:
                return null;
        }
    }

    private static BigDecimal norm(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    /** repr() of the key's value, as CPython's message shows it. */
    private static String repr(Expr k) {
        return ConstRepr.of(k);
    }
}
