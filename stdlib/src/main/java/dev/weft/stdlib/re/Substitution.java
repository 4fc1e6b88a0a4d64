// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftNone;
import java.nio.charset.StandardCharsets;

/** sub() and subn(): each match replaced by a template's expansion or a function's result. */
final class Substitution {
    private Substitution() {}

    /** {new string, number of replacements}; {@code count} 0 is no limit, -1 none at all. */
    static Object[] run(Fiber t, Engine e, Object given, int count) {
        Object repl = dev.weft.runtime.ValueInstance.unwrap(given);
        Replacement template = null;
        boolean callable = !(repl instanceof String) && !(repl instanceof WeftBytes)
                && Calls.isCallable(repl);
        if (!callable) {
            template = template(t, e, repl);
        }
        String s = e.subject.chars;
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        long n = 0;
        int pieces = 0;
        for (MatchObject m = count < 0 ? null : e.next(null); m != null
                && (count == 0 || n < count); m = e.next(m)) {
            if (m.javaStart(0) > last) {
                out.append(s, last, m.javaStart(0));
                pieces++;
            }
            if (template != null) {
                template.expand(m, out);
                pieces++;
            } else {
                Object r = Calls.callDirect(t, repl, m);
                if (r != WeftNone.NONE) {
                    out.append(piece(e, r, pieces));
                    pieces++;
                }
            }
            last = m.javaEnd(0);
            n++;
        }
        out.append(s, last, s.length());
        Object result = e.subject.text ? out.toString()
                : new WeftBytes(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        return new Object[] {result, n};
    }

    /** A function's replacement as Java chars; it must be of the subject's kind. */
    private static String piece(Engine e, Object r, int index) {
        r = dev.weft.runtime.ValueInstance.unwrap(r);
        if (e.subject.text) {
            if (r instanceof String str) {
                return str;
            }
            throw Errors.typeError("sequence item " + index + ": expected str instance, "
                    + Types.name(r) + " found");
        }
        if (r instanceof WeftBytes b) {
            return new String(b.data(), 0, b.length(), StandardCharsets.ISO_8859_1);
        }
        throw Errors.typeError("sequence item " + index + ": expected a bytes-like object, "
                + Types.name(r) + " found");
    }

    /** The parsed template; its errors are re.error naming the template. */
    static Replacement template(Fiber t, Engine e, Object repl) {
        int[] cps;
        boolean text;
        if (repl instanceof String s) {
            cps = s.codePoints().toArray();
            text = true;
        } else if (repl instanceof WeftBytes b) {
            cps = new int[b.length()];
            for (int i = 0; i < cps.length; i++) {
                cps[i] = b.at(i);
            }
            text = false;
        } else {
            throw Errors.typeError("decoding to str: need a bytes-like object, "
                    + Types.name(repl) + " found");
        }
        if (text != e.subject.text) {
            throw Errors.typeError("sequence item 0: " + (e.subject.text
                    ? "expected str instance, bytes found"
                    : "expected a bytes-like object, str found"));
        }
        try {
            return Replacement.parse(cps, text, e.re);
        } catch (RegexError err) {
            throw ReModule.error(t, e.pattern.errorClass, err, repl);
        } catch (Replacement.UnknownGroup err) {
            throw Errors.indexError(err.getMessage());
        }
    }
}
