// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * The codec error handlers that substitute text for what cannot be coded, which Java's
 * coders have no action for: backslashreplace, xmlcharrefreplace, namereplace and
 * surrogateescape. Characters are coded one at a time, each failure replaced as CPython does.
 */
final class ErrorHandlers {
    private ErrorHandlers() {}

    static boolean replacesOnEncode(String errors) {
        return switch (errors) {
            case "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape" ->
                    true;
            default -> false;
        };
    }

    static boolean replacesOnDecode(String errors) {
        return errors.equals("backslashreplace") || errors.equals("surrogateescape");
    }

    static byte[] encode(String s, Charset cs, String errors) {
        CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String unit = new String(Character.toChars(cp));
            i += unit.length();
            byte[] coded = tryEncode(enc, unit);
            if (coded != null) {
                out.writeBytes(coded);
            } else if (errors.equals("surrogateescape") && cp >= 0xDC80 && cp <= 0xDCFF) {
                out.write(cp - 0xDC00);
            } else if (errors.equals("surrogateescape")) {
                return Codecs.encode(s, cs.name(), "strict");
            } else {
                out.writeBytes(tryEncode(enc, replacement(cp, errors)));
            }
        }
        return out.toByteArray();
    }

    private static byte[] tryEncode(CharsetEncoder enc, String unit) {
        try {
            ByteBuffer bb = enc.reset().encode(CharBuffer.wrap(unit));
            byte[] b = new byte[bb.remaining()];
            bb.get(b);
            return b;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String replacement(int cp, String errors) {
        if (errors.equals("xmlcharrefreplace")) {
            return "&#" + cp + ";";
        }
        if (errors.equals("namereplace")) {
            String name = Character.getName(cp);
            if (name != null) {
                return "\\N{" + name + "}";
            }
        }
        return cp < 0x100 ? String.format("\\x%02x", cp)
                : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    static String decode(byte[] data, Charset cs, String errors) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder out = new StringBuilder(data.length);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer chars = CharBuffer.allocate(Math.max(16, data.length * 2));
        while (true) {
            var result = dec.decode(in, chars, true);
            chars.flip();
            out.append(chars);
            chars.clear();
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                continue;
            }
            for (int i = 0; i < result.length(); i++) {
                int b = in.get() & 0xff;
                out.append(errors.equals("surrogateescape") ? String.valueOf((char) (0xDC00 + b))
                        : String.format("\\x%02x", b));
            }
        }
        dec.flush(chars);
        chars.flip();
        return out.append(chars).toString();
    }
}
