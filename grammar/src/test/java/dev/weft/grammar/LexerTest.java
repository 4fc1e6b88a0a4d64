// SPDX-License-Identifier: Apache-2.0
package dev.weft.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.StringJoiner;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The token sequences WeftLexer and WeftLexerBase produce: line structure first. */
class LexerTest {

    /** The tokens of {@code source} as names; NAME, NUMBER and STRING show their text. */
    static String lex(String source) {
        WeftLexer lexer = new WeftLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        StringJoiner out = new StringJoiner(" ");
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            String name = WeftLexer.VOCABULARY.getSymbolicName(t.getType());
            if (t.getType() == Token.EOF) {
                out.add("EOF");
                return out.toString();
            }
            boolean showText = t.getType() == WeftLexer.NAME || t.getType() == WeftLexer.NUMBER
                    || t.getType() == WeftLexer.STRING || t.getType() == WeftLexer.ERROR_CHAR;
            out.add(showText ? name + "(" + t.getText() + ")" : name);
        }
    }

    static LexicalError lexError(String source) {
        return assertThrows(LexicalError.class, () -> lex(source));
    }

    @Test
    void simpleStatementWithAndWithoutFinalNewline() {
        assertEquals("NAME(x) ASSIGN NUMBER(1) NEWLINE EOF", lex("x = 1"));
        assertEquals("NAME(x) ASSIGN NUMBER(1) NEWLINE EOF", lex("x = 1\n"));
        assertEquals("EOF", lex(""));
        assertEquals("EOF", lex("\n\n   \n"));
    }

    @Test
    void blankAndCommentOnlyLinesAreIgnored() {
        assertEquals("NAME(x) NEWLINE NAME(y) NEWLINE EOF",
                lex("\n# comment\nx  # trailing\n\n      # indented comment\n\t\ny\n"));
        assertEquals("NAME(x) NEWLINE EOF", lex("x\n# no final newline"));
    }

    @Test
    void indentAndDedent() {
        assertEquals("IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE DEDENT NAME(c) NEWLINE EOF",
                lex("if a:\n    b\nc\n"));
    }

    @Test
    void severalDedentsAtOnceAndAtEndOfInput() {
        assertEquals("IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(c) "
                + "NEWLINE DEDENT DEDENT NAME(d) NEWLINE EOF",
                lex("if a:\n  if b:\n      c\nd"));
        assertEquals("IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(c) "
                + "NEWLINE DEDENT DEDENT EOF", lex("if a:\n  if b:\n      c"));
    }

    @Test
    void dedentToAnIntermediateLevel() {
        assertEquals("NAME(a) NEWLINE INDENT NAME(b) NEWLINE INDENT NAME(c) NEWLINE DEDENT "
                + "NAME(d) NEWLINE DEDENT EOF", lex("a\n  b\n    c\n  d\n"));
    }

    @Test
    void unindentThatMatchesNoLevel() {
        LexicalError e = lexError("if a:\n        b\n    c\n");
        assertEquals("IndentationError", e.type());
        assertEquals("unindent does not match any outer indentation level", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(5, e.col());
        assertEquals(LexicalError.Category.DEFERRED, e.category());
    }

    @Test
    void bracketsJoinLinesAndHideIndentation() {
        assertEquals("NAME(x) ASSIGN LPAR NUMBER(1) COMMA NUMBER(2) RPAR NEWLINE NAME(y) NEWLINE "
                + "EOF",
                lex("x = (1,\n          2\n)\ny\n"));
        assertEquals("NAME(f) LPAR LSQB LBRACE NAME(a) COLON NAME(b) RBRACE RSQB RPAR NEWLINE EOF",
                lex("f([\n{\n  a:\n b}\n  ])"));
    }

    @Test
    void backslashJoinsLines() {
        assertEquals("NAME(x) ASSIGN NUMBER(1) PLUS NUMBER(2) NEWLINE EOF",
                lex("x = 1 + \\\n  2\n"));
        LexicalError e = lexError("x = 1 + \\");
        assertEquals("unexpected EOF while parsing", e.getMessage());
        assertEquals(LexicalError.Category.EOF_AFTER_BACKSLASH, e.category());
        assertEquals("unexpected character after line continuation character",
                lexError("x = \\ 1").getMessage());
    }

    @Test
    void tabsCountToMultiplesOfEight() {
        assertEquals("IF NAME(a) COLON NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT EOF",
                lex("if a:\n\tb\n\tc\n"));
        // one tab then eight spaces: the same column, consistently measured
        assertEquals("IF NAME(a) COLON NEWLINE INDENT IF NAME(b) COLON NEWLINE INDENT NAME(c) "
                + "NEWLINE DEDENT DEDENT EOF", lex("if a:\n\tif b:\n\t        c\n"));
    }

    @Test
    void inconsistentTabsAndSpaces() {
        LexicalError e = lexError("if a:\n\tb\n        c\n");
        assertEquals("TabError", e.type());
        assertEquals("inconsistent use of tabs and spaces in indentation", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void formFeedResetsTheColumn() {
        assertEquals("NAME(a) NEWLINE NAME(b) NEWLINE EOF", lex("a\n    \fb\n"));
    }

    @Test
    void bracketErrors() {
        assertEquals("unmatched ')'", lexError("x = )").getMessage());
        LexicalError e = lexError("x = (1,\n2]");
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                e.getMessage());
        assertEquals(2, e.line());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('",
                lexError("(1]").getMessage());
        LexicalError open = lexError("foo(a,\n  b");
        assertEquals("'(' was never closed", open.getMessage());
        assertEquals(LexicalError.Category.UNCLOSED_AT_EOF, open.category());
        assertEquals(1, open.line());
        assertEquals(3, open.col());
    }

    @Test
    void stringForms() {
        assertEquals("STRING('a') STRING(\"b\") STRING('''c''') STRING(\"\"\"d\"\"\") NEWLINE EOF",
                lex("'a' \"b\" '''c''' \"\"\"d\"\"\""));
        assertEquals("STRING(r'x') STRING(Rb\"y\") STRING(bR'z') STRING(f\"{a}\") STRING(Fr'w') "
                + "STRING(rF\"v\") STRING(U'u') STRING(B\"b\") NEWLINE EOF",
                lex("r'x' Rb\"y\" bR'z' f\"{a}\" Fr'w' rF\"v\" U'u' B\"b\""));
        assertEquals("STRING('it\\'s') STRING(r\"\\\"\") NEWLINE EOF", lex("'it\\'s' r\"\\\"\""));
        assertEquals("STRING('''a\n'b'\n\"\"c''') NEWLINE EOF", lex("'''a\n'b'\n\"\"c'''"));
        assertEquals("STRING('a\\\nb') NEWLINE EOF", lex("'a\\\nb'"));
        assertEquals("NAME(rb) NAME(ur) STRING('x') NEWLINE EOF", lex("rb ur'x'"));
    }

    @Test
    void unterminatedStrings() {
        LexicalError e = lexError("s = 'abc\nt = 1");
        assertEquals("unterminated string literal (detected at line 1)", e.getMessage());
        assertEquals(4, e.col());
        assertEquals(LexicalError.Category.TOKEN, e.category());
        LexicalError t = lexError("s = '''abc\nmore\n");
        assertEquals("unterminated triple-quoted string literal (detected at line 2)",
                t.getMessage());
        assertEquals(LexicalError.Category.UNTERMINATED_TRIPLE, t.category());
        assertEquals("unterminated triple-quoted string literal (detected at line 3)",
                lexError("x = \"\"\"a\nb\nc").getMessage());
    }

    @Test
    void numbers() {
        assertEquals("NUMBER(0) NUMBER(00) NUMBER(1_000) NUMBER(0x_fF) NUMBER(0o17) NUMBER(0B1) "
                + "NUMBER(1.) NUMBER(.5) NUMBER(1.e5) NUMBER(1E-5) NUMBER(3j) NUMBER(.5J) "
                + "NUMBER(1_0.0_1e+1_0) NEWLINE EOF",
                lex("0 00 1_000 0x_fF 0o17 0B1 1. .5 1.e5 1E-5 3j .5J 1_0.0_1e+1_0"));
        assertEquals("NUMBER(1) IF NAME(x) ELSE NUMBER(2) NEWLINE EOF", lex("1if x else 2"));
        assertEquals("NUMBER(1) OR NUMBER(2) NEWLINE EOF", lex("1or 2"));
    }

    @Test
    void malformedNumbers() {
        assertEquals("invalid decimal literal", lexError("1abc").getMessage());
        assertEquals("invalid decimal literal", lexError("1_").getMessage());
        assertEquals("invalid decimal literal", lexError("1__0").getMessage());
        assertEquals("invalid hexadecimal literal", lexError("0x1g").getMessage());
        assertEquals("invalid hexadecimal literal", lexError("0x").getMessage());
        assertEquals("invalid digit '2' in binary literal", lexError("0b12").getMessage());
        assertEquals("invalid digit '8' in octal literal", lexError("0o8").getMessage());
        assertEquals("invalid imaginary literal", lexError("1jx").getMessage());
        assertEquals("leading zeros in decimal integer literals are not permitted; "
                + "use an 0o prefix for octal integers", lexError("012").getMessage());
    }

    @Test
    void spawnIsAKeywordOnlyBeforeAnOperand() {
        assertEquals("SPAWN NAME(f) LPAR RPAR NEWLINE EOF", lex("spawn f()"));
        assertEquals("SPAWN STRING('x') SPAWN NUMBER(1) SPAWN LBRACE RBRACE SPAWN NONE NEWLINE EOF",
                lex("spawn 'x' spawn 1 spawn {} spawn None"));
        assertEquals("SPAWN NAME(spawn) LPAR RPAR NEWLINE EOF", lex("spawn spawn()"));
        assertEquals("NAME(spawn) LPAR NAME(f) RPAR NEWLINE EOF", lex("spawn(f)"));
        assertEquals("NAME(spawn) LSQB RSQB NAME(spawn) DOT NAME(x) NAME(spawn) ASSIGN NUMBER(1) "
                + "NEWLINE EOF", lex("spawn[] spawn.x spawn = 1"));
        assertEquals("NAME(x) DOT NAME(spawn) NAME(y) NEWLINE EOF", lex("x.spawn y"));
        assertEquals("NAME(spawn) NOT IN NAME(s) NAME(spawn) NEWLINE EOF", lex("spawn not in s spawn"));
        assertEquals("NAME(spawn) NEWLINE NAME(f) NEWLINE EOF", lex("spawn\nf"));
        assertEquals("LPAR SPAWN NAME(f) RPAR NEWLINE EOF", lex("(spawn\n f)"));
    }

    @Test
    void matchAndCaseAreKeywordsOnlyInAMatchStatement() {
        assertEquals("MATCH NAME(x) COLON NEWLINE INDENT CASE NUMBER(1) COLON NEWLINE INDENT NAME(case) "
                + "ASSIGN NAME(match) NEWLINE DEDENT CASE NAME(_) COLON PASS NEWLINE DEDENT EOF",
                lex("match x:\n    case 1:\n        case = match\n    case _: pass\n"));
        assertEquals("NAME(match) ASSIGN NUMBER(1) NEWLINE NAME(match) LPAR NAME(x) RPAR NEWLINE "
                + "NAME(case) COLON NAME(int) NEWLINE EOF", lex("match = 1\nmatch(x)\ncase: int\n"));
        assertEquals("MATCH LPAR NAME(x) RPAR COLON NEWLINE EOF", lex("match (x):\n"));
        assertEquals("NAME(match) COLON NEWLINE EOF", lex("match:\n"));
        assertEquals("MATCH NAME(x) NEWLINE INDENT CASE NUMBER(1) COLON NEWLINE DEDENT EOF",
                lex("match x\n    case 1:\n"));
    }

    @Test
    void casesOfANestedMatchAndAfterIt() {
        assertEquals("MATCH NAME(a) COLON NEWLINE INDENT CASE NAME(b) COLON NEWLINE INDENT MATCH NAME(c) "
                + "COLON NEWLINE INDENT CASE NAME(d) COLON PASS NEWLINE DEDENT DEDENT CASE NAME(e) COLON "
                + "PASS NEWLINE DEDENT NAME(case) LPAR RPAR NEWLINE EOF",
                lex("match a:\n case b:\n  match c:\n   case d: pass\n case e: pass\ncase()\n"));
    }

    @Test
    void aTokenizerErrorAfterSpawnIsReportedInTurn() {
        assertEquals("unterminated string literal (detected at line 1)",
                lexError("spawn 'x").getMessage());
    }

    @Test
    void keywordsIncludingSpawn() {
        assertEquals("ASYNC DEF NAME(f) LPAR RPAR COLON AWAIT SPAWN NAME(g) LPAR RPAR NEWLINE EOF",
                lex("async def f(): await spawn g()"));
        assertEquals("NAME(match) NAME(case) NAME(_) NAME(print) NAME(type) NEWLINE EOF",
                lex("match case _ print type"));
        assertEquals("TRUE FALSE NONE NOT IN IS NOT AND OR LAMBDA YIELD FROM NEWLINE EOF",
                lex("True False None not in is not and or lambda yield from"));
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals("DOUBLESTAREQUAL DOUBLESLASHEQUAL RSHIFTEQUAL LSHIFTEQUAL ARROW WALRUS "
                + "NOTEQUAL EQEQUAL LE GE ELLIPSIS DOT POWER DOUBLESLASH NEWLINE EOF",
                lex("**= //= >>= <<= -> := != == <= >= ... . ** //"));
        assertEquals("NAME(a) DOT NAME(b) NUMBER(.5) NEWLINE EOF", lex("a.b .5"));
    }

    @Test
    void characters() {
        assertEquals("NAME(a) ERROR_CHAR($) NAME(b) NEWLINE EOF", lex("a $ b"));
        assertEquals("invalid character '€' (U+20AC)", lexError("x = €").getMessage());
        assertEquals("invalid non-printable character U+00A0", lexError("a\u00a0b").getMessage());
        assertEquals("NAME(café) NAME(π) NEWLINE EOF", lex("café π"));
    }
}
