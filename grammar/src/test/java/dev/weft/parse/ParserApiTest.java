// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.ast.Expr;
import dev.weft.ast.ModuleAst;
import dev.weft.ast.Span;
import dev.weft.ast.Stmt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The façade's contract: what parse and parseExpression return, spans, threads. */
class ParserApiTest {

    @Test
    void parseKeepsFileAndSource() {
        ModuleAst m = Parser.parse("x = 1\nif x:\n    y = 2\n", "m.weft");
        assertEquals("m.weft", m.file());
        assertEquals("    y = 2", m.line(3));
        assertEquals(2, m.body().size());
    }

    @Test
    void parseExpressionReturnsOneExpressionOrATuple() {
        assertInstanceOf(Expr.BinOp.class, Parser.parseExpression("1 + 2", "<string>"));
        assertInstanceOf(Expr.Tuple.class, Parser.parseExpression("1, 2", "<string>"));
        assertInstanceOf(Expr.Name.class, Parser.parseExpression("  x\n\n", "<string>"));
        assertInstanceOf(Expr.Lambda.class, Parser.parseExpression("lambda: 0", "<string>"));
        assertThrows(SyntaxError.class, () -> Parser.parseExpression("", "<string>"));
        assertThrows(SyntaxError.class, () -> Parser.parseExpression("*a", "<string>"));
    }

    @Test
    void compoundSpansRunToTheirLastStatement() {
        Stmt.If s = (Stmt.If) Parser.parse("if a:\n    b\nelif c:\n    d\nelse:\n    e\n", "t")
                .body().get(0);
        assertEquals(new Span(1, 0, 6, 5), s.span());
        assertEquals(new Span(3, 0, 6, 5), s.orelse().get(0).span());
    }

    @Test
    void decoratedDefinitionsStartAtTheKeyword() {
        Stmt.FunctionDef f = (Stmt.FunctionDef) Parser.parse("@d\n@e(1)\ndef f(): pass\n", "t")
                .body().get(0);
        assertEquals(2, f.decorators().size());
        assertEquals(new Span(3, 0, 3, 13), f.span());
    }

    @Test
    void spansCountUtf16Chars() {
        Stmt.Assign a = (Stmt.Assign) Parser.parse("s = '😀' + é\n", "t").body().get(0);
        Expr.BinOp sum = (Expr.BinOp) a.value();
        assertEquals(new Span(1, 4, 1, 8), sum.left().span());
        assertEquals(new Span(1, 11, 1, 12), sum.right().span());
    }

    @Test
    void windowsAndOldMacLineEnds() {
        ModuleAst m = Parser.parse("x = '''a\r\nb'''\ry = 2\r\n", "t");
        Stmt.Assign first = (Stmt.Assign) m.body().get(0);
        assertEquals("a\nb", ((Expr.Constant) first.value()).value());
        assertEquals(3, m.body().get(1).span().line());
    }

    @Test
    void aByteOrderMarkIsNotText() {
        assertEquals(1, Parser.parse("\uFEFFx = 1\n", "t").body().size());
    }

    @Test
    void parsesConcurrently() throws Exception {
        String source = Files.readString(Path.of("src/test/resources/samples/everything.weft"));
        String expected = AstPrinter.print(Parser.parse(source, "t"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> AstPrinter.print(Parser.parse(source, "t"))));
            }
            for (Future<String> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void deepNestingDoesNotOverflow() {
        String deep = "x = " + "(".repeat(150) + "1" + ")".repeat(150) + "\n";
        assertEquals(1, Parser.parse(deep, "t").body().size());
        String chain = "x = 1" + " + 1".repeat(3000) + "\n";
        assertEquals(1, Parser.parse(chain, "t").body().size());
        SyntaxError e = assertThrows(SyntaxError.class,
                () -> Parser.parse("x = " + "(".repeat(201) + ")".repeat(201), "t"));
        assertEquals("too many nested parentheses", e.getMessage());
    }

    @Test
    void nestingBeyondTheStackIsARecursionError() {
        String absurd = "x = " + "-".repeat(300_000) + "1\n";
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(absurd, "t"));
        assertEquals("RecursionError", e.kind());
        assertEquals("maximum recursion depth exceeded during compilation", e.getMessage());
        assertEquals(true, Parser.isComplete(absurd));
    }
}
