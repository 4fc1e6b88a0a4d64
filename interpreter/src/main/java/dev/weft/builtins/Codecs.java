// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** str.encode and bytes.decode for the common codecs, with strict, ignore and replace. */
public final class Codecs {
    private Codecs() {}

    public static Charset charset(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf-8", "utf8", "u8": return StandardCharsets.UTF_8;
            case "ascii", "us-ascii": return StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
                return StandardCharsets.ISO_8859_1;
            case "utf-16": return StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le": return StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be": return StandardCharsets.UTF_16BE;
            default:
                try {
                    return Charset.forName(e);
                } catch (IllegalArgumentException x) {
                    throw Errors.of(ErrorTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
                }
        }
    }

    static String pyName(Charset cs) {
        if (cs == StandardCharsets.UTF_8) {
            return "utf-8";
        }
        if (cs == StandardCharsets.US_ASCII) {
            return "ascii";
        }
        if (cs == StandardCharsets.ISO_8859_1) {
            return "latin-1";
        }
        return cs.name().toLowerCase();
    }

    public static byte[] encode(String s, String encoding, String errors) {
        Charset cs = charset(encoding);
        if (ErrorHandlers.replacesOnEncode(errors)) {
            return ErrorHandlers.encode(s, cs, errors);
        }
        CharsetEncoder enc = cs.newEncoder().onMalformedInput(action(errors))
                .onUnmappableCharacter(action(errors));
        if (errors.equals("replace")) {
            enc.replaceWith(new byte[] {'?'});
        }
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException x) {
            int pos = firstUnencodable(s, enc);
            int cp = s.codePointAt(Math.max(0, pos));
            throw Errors.of(ErrorTypes.UNICODE_ENCODE_ERROR, "'" + pyName(cs)
                    + "' codec can't encode character '" + escape(cp) + "' in position "
                    + s.codePointCount(0, Math.max(0, pos)) + ": ordinal not in range("
                    + (cs == StandardCharsets.US_ASCII ? 128 : 256) + ")");
        }
    }

    private static int firstUnencodable(String s, CharsetEncoder enc) {
        for (int i = 0; i < s.length(); i++) {
            if (!enc.canEncode(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static String escape(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp)
                : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    public static String decode(byte[] data, String encoding, String errors) {
        Charset cs = charset(encoding);
        if (ErrorHandlers.replacesOnDecode(errors)) {
            return ErrorHandlers.decode(data, cs, errors);
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(action(errors))
                .onUnmappableCharacter(action(errors));
        if (errors.equals("replace")) {
            dec.replaceWith("\uFFFD");
        }
        try {
            return dec.decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException x) {
            int pos = firstUndecodable(data, cs);
            String reason = cs == StandardCharsets.US_ASCII ? "ordinal not in range(128)"
                    : "invalid start byte";
            throw Errors.of(ErrorTypes.UNICODE_DECODE_ERROR, "'" + pyName(cs)
                    + "' codec can't decode byte " + String.format("0x%02x", data[pos] & 0xff)
                    + " in position " + pos + ": " + reason);
        }
    }

    private static int firstUndecodable(byte[] data, Charset cs) {
        CharsetDecoder d = cs.newDecoder();
        for (int n = 1; n <= data.length; n++) {
            try {
                d.reset().decode(ByteBuffer.wrap(data, 0, n));
            } catch (CharacterCodingException x) {
                int start = n - 1;
                while (start > 0 && (data[start] & 0xC0) == 0x80) {
                    start--;
                }
                return start;
            }
        }
        return 0;
    }

    private static CodingErrorAction action(String errors) {
        switch (errors) {
            case "ignore": return CodingErrorAction.IGNORE;
            case "replace": return CodingErrorAction.REPLACE;
            default: return CodingErrorAction.REPORT;
        }
    }
}
