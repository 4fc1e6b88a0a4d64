// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.Constant;
import dev.weft.ast.Expr.FormattedValue;
import dev.weft.ast.Expr.JoinedStr;
import dev.weft.ast.Expr.Name;
import dev.weft.ast.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** f-strings: one token split into text and fields, each field parsed where it stands. */
class FStringTest {

    static JoinedStr joined(String source) {
        return (JoinedStr) Parser.parseExpression(source, "t");
    }

    /** A compact view: text pieces quoted, fields as {expr!conv:spec}. */
    static String shape(Expr e) {
        if (e instanceof Constant) {
            return "'" + ((Constant) e).value() + "'";
        }
        if (e instanceof FormattedValue) {
            FormattedValue f = (FormattedValue) e;
            String conv = f.conversion() == -1 ? "" : "!" + (char) f.conversion();
            String spec = f.formatSpec() == null ? "" : ":" + shape(f.formatSpec());
            return "{" + AstPrinter.print(f.value()).replaceAll(" @[0-9:-]+", "") + conv + spec
                    + "}";
        }
        StringBuilder sb = new StringBuilder("[");
        for (Expr part : ((JoinedStr) e).values()) {
            sb.append(sb.length() > 1 ? " " : "").append(shape(part));
        }
        return sb.append("]").toString();
    }

    static String shape(String source) {
        return shape(joined(source));
    }

    static SyntaxError error(String source) {
        return assertThrows(SyntaxError.class, () -> Parser.parse(source, "t"));
    }

    @Test
    void textAndFields() {
        assertEquals("['a' {(Name x)} 'b']", shape("f'a{x}b'"));
        assertEquals("[]", shape("f''"));
        assertEquals("['plain']", shape("f'plain'"));
    }

    @Test
    void conversions() {
        assertEquals("[{(Name x)!r} ' ' {(Name x)!s} ' ' {(Name x)!a}]",
                shape("f'{x!r} {x!s} {x!a}'"));
        assertEquals("f-string: invalid conversion character: expected 's', 'r', or 'a'",
                error("f'{x!z}'").getMessage());
    }

    @Test
    void formatSpecsNestOneLevel() {
        assertEquals("[{(Name x):['>10']}]", shape("f'{x:>10}'"));
        assertEquals("[{(Name x):[{(Name w)} '.' {(Name p)} 'f']}]", shape("f'{x:{w}.{p}f}'"));
        assertEquals("[{(Name x)!r:['^' {(Name w)}]}]", shape("f'{x!r:^{w}}'"));
        assertEquals("[{(Name x):[]}]", shape("f'{x:}'"));
        assertEquals("f-string: expressions nested too deeply",
                error("f'{x:{y:{z}}}'").getMessage());
    }

    @Test
    void doubledBracesAreText() {
        assertEquals("['{} ' {(Name x)} ' }']", shape("f'{{}} {x} }}'"));
        assertEquals("f-string: single '}' is not allowed", error("f'a}b'").getMessage());
    }

    @Test
    void selfDocumentingFieldsKeepTheirText() {
        assertEquals("['x=' {(Name x)!r}]", shape("f'{x=}'"));
        assertEquals("['x = ' {(Name x)!r}]", shape("f'{x = }'"));
        assertEquals("['x=' {(Name x)!s}]", shape("f'{x=!s}'"));
        assertEquals("['x=' {(Name x):['.2f']}]", shape("f'{x=:.2f}'"));
        assertEquals("['a x + 1=' {(BinOp left=(Name x) op=+ right=(Constant 1))!r}]",
                shape("f'a {x + 1=}'"));
    }

    @Test
    void comparisonsAreNotFieldEnds() {
        assertEquals("[{(Compare left=(Name a) ops=[!=] comparators=[(Name b)])}]",
                shape("f'{a!=b}'"));
        assertEquals("[{(Compare left=(Name a) ops=[>=] comparators=[(Name b)])}]",
                shape("f'{a>=b}'"));
        assertEquals("[{(Name x):['=10']}]", shape("f'{x:=10}'"));
    }

    @Test
    void concatenationMergesText() {
        assertEquals("['ab' {(Name c)} 'd']", shape("f'a' 'b' f'{c}' 'd'"));
        assertEquals("['ab']", shape("'a' f'b'"));
        assertEquals("[{(Name x)} {(Name y)}]", shape("f'{x}' f'{y}'"));
    }

    @Test
    void escapesInTextButNotInFields() {
        assertEquals("['\t' {(Name x)} '\n1']", shape("f'\\t{x}\\n\\N{DIGIT ONE}'"));
        assertEquals("['\\d' {(Name x)}]", shape("rf'\\d{x}'"));
        assertEquals("f-string expression part cannot include a backslash",
                error("f'{\"\\n\"}'").getMessage());
        assertEquals("f-string expression part cannot include '#'", error("f'{x#}'").getMessage());
    }

    @Test
    void fieldsMayHoldStringsOfTheOtherQuote() {
        assertEquals("[{(Subscript value=(Name d) index=(Constant '}'))}]", shape("f\"{d['}']}\""));
    }

    @Test
    void fieldErrors() {
        assertEquals("f-string: expecting '}'", error("f'{x'").getMessage());
        assertEquals("f-string: empty expression not allowed", error("f'{}'").getMessage());
        assertEquals("f-string: empty expression not allowed", error("f'{ }'").getMessage());
        assertEquals("f-string: unmatched ')'", error("f'{a)}'").getMessage());
        assertEquals("f-string: closing parenthesis '}' does not match opening parenthesis '('",
                error("f'{a(}'").getMessage());
        assertEquals("f-string: invalid syntax. Perhaps you forgot a comma?",
                error("f'{a b}'").getMessage());
        assertEquals("f-string: cannot use starred expression here", error("f'{*a}'").getMessage());
    }

    @Test
    void fieldErrorsSitWhereCPythonPutsThem() {
        // 3.11 reports literal-level f-string errors at the token after the string
        SyntaxError e = error("x = f'{x'\n");
        assertEquals(1, e.line());
        assertEquals(9, e.col());
    }

    @Test
    void fieldExpressionsHaveTheirRealPositions() {
        JoinedStr j = joined("f'ab{xyz}'");
        Name x = (Name) ((FormattedValue) j.values().get(1)).value();
        assertEquals(new Span(1, 5, 1, 8), x.span());
        assertEquals(new Span(1, 0, 1, 10), j.span());
        assertEquals(j.span(), j.values().get(0).span());
    }

    @Test
    void fieldsInTripleQuotedStringsMaySpanLines() {
        List<dev.weft.ast.Stmt> body = Parser.parse("s = 1\nx = f'''a\n{\n  y\n  + z}'''\n", "t")
                .body();
        Expr value = ((dev.weft.ast.Stmt.Assign) body.get(1)).value();
        FormattedValue f = (FormattedValue) ((JoinedStr) value).values().get(1);
        Expr.BinOp sum = (Expr.BinOp) f.value();
        assertEquals(new Span(4, 2, 5, 5), sum.span());
    }

    @Test
    void fieldsMayNestFStringsAndYield() {
        JoinedStr j = joined("f'{f\"{y}\"}'");
        FormattedValue outer = (FormattedValue) j.values().get(0);
        assertTrue(outer.value() instanceof JoinedStr);
        Expr inner = ((FormattedValue) ((JoinedStr) outer.value()).values().get(0)).value();
        assertEquals(new Span(1, 6, 1, 7), inner.span());
        assertTrue(((FormattedValue) joined("f'{yield}'").values().get(0)).value()
                instanceof Expr.Yield);
        assertNull(((FormattedValue) joined("f'{x}'").values().get(0)).formatSpec());
    }

    @Test
    void tupleFields() {
        assertEquals("[{(Tuple elts=[(Name a) (Name b)])}]", shape("f'{a, b}'"));
    }
}
