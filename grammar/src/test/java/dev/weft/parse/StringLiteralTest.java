// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.ConstKind;
import dev.weft.ast.Expr.Constant;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Literal values: strings and bytes decoded as CPython decodes them, and numbers. */
class StringLiteralTest {

    static Constant constant(String source) {
        Expr e = Parser.parseExpression(source, "t");
        return (Constant) e;
    }

    static String str(String source) {
        Constant c = constant(source);
        assertEquals(ConstKind.STR, c.kind(), source);
        return (String) c.value();
    }

    static byte[] bytes(String source) {
        Constant c = constant(source);
        assertEquals(ConstKind.BYTES, c.kind(), source);
        return (byte[]) c.value();
    }

    static SyntaxError error(String source) {
        return assertThrows(SyntaxError.class, () -> Parser.parse(source, "t"));
    }

    @Test
    void simpleEscapes() {
        assertEquals("AAAAA\u0007\b\f\n\r\t\u000b\\'\"",
                str("'\\x41\\101\\u0041\\U00000041\\N{LATIN CAPITAL LETTER A}"
                        + "\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"'"));
    }

    @Test
    void octalEscapesTakeUpToThreeDigits() {
        assertEquals("\u0000\u0007\u01ffS4", str("'\\0\\07\\777\\1234'"));
    }

    @Test
    void unicodeEscapes() {
        assertEquals("é€😀", str("'\\u00e9\\u20AC\\U0001F600'"));
        assertEquals("α—", str("'\\N{GREEK SMALL LETTER ALPHA}\\N{em dash}'"));
    }

    @Test
    void unknownEscapesKeepTheirBackslash() {
        assertEquals("a\\d\\q", str("'a\\d\\q'"));
    }

    @Test
    void backslashNewlineContinuesTheString() {
        assertEquals("ab", str("'a\\\nb'"));
        assertEquals("a\nb", str("'''a\nb'''"));
    }

    @Test
    void rawStringsKeepBackslashes() {
        assertEquals("\\n\\t\\\\", str("r'\\n\\t\\\\'"));
        assertEquals("\\'", str("R'\\''"));
        assertEquals("a\\\nb", str("r'a\\\nb'"));
    }

    @Test
    void adjacentLiteralsConcatenate() {
        assertEquals("abcdef", str("'a' \"b\" '''c''' r'd' u'e' U\"f\""));
        assertEquals("ab", str("('a'\n'b')"));
        // as in eval(), a line end outside brackets ends the expression
        assertThrows(SyntaxError.class, () -> Parser.parseExpression("'a'\n'b'", "t"));
    }

    @Test
    void bytesLiterals() {
        assertArrayEquals(new byte[] {0, (byte) 255, (byte) 255, 0, 10, 92},
                bytes("b'\\x00\\xff\\777\\400\\n\\\\'"));
        assertArrayEquals("a\\d\\N{x}\\u1234".getBytes(), bytes("b'a\\d\\N{x}\\u1234'"));
        assertArrayEquals("\\d+".getBytes(), bytes("rb'\\d+'"));
        assertArrayEquals("ab".getBytes(), bytes("b'a' B\"b\""));
    }

    @Test
    void bytesMustBeAscii() {
        SyntaxError e = error("x = b'é'");
        assertEquals("bytes can only contain ASCII literal characters", e.getMessage());
        assertEquals(4, e.col());
    }

    @Test
    void bytesAndStrDoNotMix() {
        SyntaxError e = error("x = 'a' b'b'");
        assertEquals("cannot mix bytes and nonbytes literals", e.getMessage());
        assertEquals("cannot mix bytes and nonbytes literals", error("x = b'a' f'b'").getMessage());
    }

    @Test
    void malformedEscapesUseTheCodecsWords() {
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
                + "truncated \\xXX escape", error("s = '\\x4'").getMessage());
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: "
                + "truncated \\uXXXX escape", error("s = 'ab\\u12g4'").getMessage());
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
                + "illegal Unicode character", error("s = '\\U00110000'").getMessage());
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: "
                + "unknown Unicode character name", error("s = '\\N{foo}'").getMessage());
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
                + "malformed \\N character escape", error("s = '\\N'").getMessage());
        assertEquals("(value error) invalid \\x escape at position 1",
                error("s = b'a\\x'").getMessage());
    }

    @Test
    void integers() {
        assertEquals(0L, constant("0").value());
        assertEquals(0L, constant("00").value());
        assertEquals(1_000_000L, constant("1_000_000").value());
        assertEquals(255L, constant("0xff").value());
        assertEquals(15L, constant("0o17").value());
        assertEquals(5L, constant("0b101").value());
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807").value());
        assertEquals(new BigInteger("9223372036854775808"),
                constant("9223372036854775808").value());
        assertEquals(new BigInteger("ffffffffffffffff", 16),
                constant("0xFFFF_FFFF_FFFF_FFFF").value());
        assertEquals(ConstKind.INT, constant("123456789012345678901234567890").kind());
    }

    @Test
    void floatsAndImaginaries() {
        assertEquals(1.5, constant("1.5").value());
        assertEquals(1.0, constant("1.").value());
        assertEquals(0.5, constant(".5").value());
        assertEquals(1e10, constant("1e10").value());
        assertEquals(15e-40, constant("1_5e-4_0").value());
        assertEquals(Double.POSITIVE_INFINITY, constant("1e400").value());
        Constant imag = constant("3j");
        assertEquals(ConstKind.IMAG, imag.kind());
        assertEquals(3.0, imag.value());
        assertEquals(ConstKind.FLOAT, constant("1_0.5").kind());
    }

    @Test
    void keywordConstants() {
        assertEquals(ConstKind.TRUE, constant("True").kind());
        assertEquals(ConstKind.FALSE, constant("False").kind());
        assertEquals(ConstKind.NONE, constant("None").kind());
        assertEquals(ConstKind.ELLIPSIS, constant("...").kind());
    }
}
