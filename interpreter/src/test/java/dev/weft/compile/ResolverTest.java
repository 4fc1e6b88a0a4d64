// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.parse.Parser;
import dev.weft.parse.SyntaxError;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Name resolution: storage classes, slots, cells, and CPython's scope errors. */
class ResolverTest {

    private static Scope module(String source) {
        var ast = Parser.parse(source, "t.weft");
        Map<Object, Scope> scopes = Resolver.resolve(ast, false);
        return scopes.get(ast);
    }

    /** The first scope named {@code name} below {@code s}, depth first. */
    private static Scope find(Scope s, String name) {
        Scope found = search(s, name);
        if (found == null) {
            throw new AssertionError("no scope " + name);
        }
        return found;
    }

    private static Scope search(Scope s, String name) {
        for (Scope c : s.children) {
            if (c.name.equals(name)) {
                return c;
            }
            Scope inner = search(c, name);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static Symbol.Kind kind(Scope s, String name) {
        return s.lookup(name).kind();
    }

    @Test
    void parametersAndAssignedNamesAreLocalsInDistinctSlots() {
        Scope f = find(module("def f(a, b=1, *c, d, **e):\n    x = a\n    return x + g\n"), "f");
        for (String n : new String[] {"a", "b", "c", "d", "e", "x"}) {
            assertEquals(Symbol.Kind.LOCAL, kind(f, n), n);
        }
        assertEquals(Symbol.Kind.GLOBAL, kind(f, "g"));
        long distinct = java.util.stream.Stream.of("a", "b", "c", "d", "e", "x")
                .map(n -> f.lookup(n).slot()).distinct().count();
        assertEquals(6, distinct);
    }

    @Test
    void aCapturedLocalIsACellAndTheInnerUseIsFree() {
        Scope top = module("def outer():\n    n = 0\n    def inner():\n        return n\n"
                + "    return inner\n");
        assertEquals(Symbol.Kind.CELL, kind(find(top, "outer"), "n"));
        assertEquals(Symbol.Kind.FREE, kind(find(top, "inner"), "n"));
    }

    @Test
    void aFreeVariablePassesThroughAnIntermediateFunction() {
        Scope top = module("def a():\n    v = 1\n    def b():\n        def c():\n"
                + "            return v\n        return c\n    return b\n");
        assertEquals(Symbol.Kind.CELL, kind(find(top, "a"), "v"));
        // b does not use v itself, but carries the cell through to c
        assertTrue(find(top, "b").frees.contains("v"));
        assertEquals(Symbol.Kind.FREE, kind(find(top, "c"), "v"));
    }

    @Test
    void globalAndNonlocalDeclarationsRedirectAssignments() {
        Scope top = module("count = 0\ndef outer():\n    total = 0\n    def bump():\n"
                + "        global count\n        nonlocal total\n        count += 1\n"
                + "        total += 1\n    return bump\n");
        Scope bump = find(top, "bump");
        assertEquals(Symbol.Kind.GLOBAL, kind(bump, "count"));
        assertEquals(Symbol.Kind.FREE, kind(bump, "total"));
        assertEquals(Symbol.Kind.CELL, kind(find(top, "outer"), "total"));
    }

    @Test
    void classBodiesUseTheNamespaceAndSkipToTheEnclosingFunction() {
        Scope top = module("def f():\n    x = 1\n    class C:\n        y = x\n"
                + "        def m(self):\n            return y\n    return C\n");
        Scope c = find(top, "C");
        assertEquals(Symbol.Kind.NAME, kind(c, "y"));
        assertEquals(Symbol.Kind.CLASS_FREE, kind(c, "x"));
        // a method does not see the class body's names
        assertEquals(Symbol.Kind.GLOBAL, kind(find(top, "m"), "y"));
    }

    @Test
    void comprehensionsHaveTheirOwnScopeForTheirTargets() {
        Scope top = module("def f(xs):\n    return [x * k for x in xs]\n");
        Scope comp = find(top, "<listcomp>");
        assertEquals(Symbol.Kind.LOCAL, kind(comp, "x"));
        assertEquals(Symbol.Kind.GLOBAL, kind(comp, "k"));
        assertEquals(Symbol.Kind.GLOBAL, kind(find(top, "f"), "x"));
    }

    @Test
    void superAndClassInAMethodMakeTheClassCell() {
        Scope top = module("class A:\n    def m(self):\n        return super().m()\n");
        assertTrue(find(top, "A").providesClassCell);
        assertEquals(Symbol.Kind.FREE, kind(find(top, "m"), "__class__"));
    }

    @Test
    void generatorAndAsyncFlagsComeFromTheBody() {
        Scope top = module("def g():\n    yield 1\nasync def a():\n    await b()\n"
                + "async def ag():\n    yield 2\n");
        assertTrue(find(top, "g").isGenerator);
        assertTrue(find(top, "a").isAsync && !find(top, "a").isGenerator);
        assertTrue(find(top, "ag").isAsync && find(top, "ag").isGenerator);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nonlocal x|1|1|nonlocal declaration not allowed at module level",
        "def f():\\n    nonlocal q\\n|2|5|no binding for nonlocal 'q' found",
        "def f(a):\\n    global a\\n|2|5|name 'a' is parameter and global",
        "def f():\\n    x = 1\\n    global x\\n|3|5|name 'x' is assigned to before global declaration",
        "def f():\\n    print(x)\\n    global x\\n|3|5|name 'x' is used prior to global declaration",
        "def f():\\n    x = 1\\n    def g():\\n        global x\\n        nonlocal x\\n|4|9|name 'x' is nonlocal and global",
        "def f():\\n    x = 1\\n    def g():\\n        nonlocal x\\n        global x\\n|4|9|name 'x' is nonlocal and global",
        "return 1|1|1|'return' outside function",
        "break|1|1|'break' outside loop",
        "while x:\\n    def f():\\n        continue\\n|3|9|'continue' not properly in loop",
        "yield 1|1|1|'yield' outside function",
        "x = [(yield i) for i in y]|1|7|'yield' inside list comprehension",
        "async def f():\\n    yield from g()\\n|2|5|'yield from' inside async function",
        "async def f():\\n    yield 1\\n    return 2\\n|3|5|'return' with value in async generator",
        "def f(a, a):\\n    pass\\n|1|10|duplicate argument 'a' in function definition",
        "def f():\\n    from os import *\\n|2|5|import * only allowed at module level",
        "def f():\\n    await g()\\n|2|5|'await' outside async function",
    })
    void scopeErrorsMatchCPython(String source, int line, int col, String message) {
        SyntaxError e = assertThrows(SyntaxError.class,
                () -> module(source.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line(), "line");
        assertEquals(col, e.col() + 1, "column (CPython counts from 1)");
    }
}
