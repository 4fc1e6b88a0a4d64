// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.stdlib.Args;

/**
 * The {@code _sre} module: the regular expression engine behind {@code re} (which is Weft
 * source, as CPython's is Python over its C {@code _sre}). Python's pattern syntax is parsed
 * here and compiled onto {@code java.util.regex}.
 */
public final class ReModule {
    private ReModule() {}

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        // compile(pattern, flags, error_class) -> re.Pattern
        d.putStr("compile", WeftBuiltin.function("compile", (t, a, k) -> {
            Args.positional("compile", a, k, 3, 3);
            return compile(t, a[0], IntOps.clampLong(Args.toIndex(t, a[1])), a[2]);
        }));
        d.putStr("Pattern", PatternType.PATTERN);
        d.putStr("Match", MatchType.MATCH);
        d.putStr("MAXREPEAT", RegexNode.MAXREPEAT);
        d.putStr("MAXGROUPS", (long) ParseState.MAXGROUPS);
    }

    private static Object compile(Fiber t, Object given, long flags, Object errorClass) {
        Object pattern = dev.weft.runtime.ValueInstance.unwrap(given);
        int[] cps;
        boolean text;
        if (pattern instanceof String s) {
            cps = s.codePoints().toArray();
            text = true;
        } else if (pattern instanceof WeftBytes b) {
            cps = new int[b.length()];
            for (int i = 0; i < cps.length; i++) {
                cps[i] = b.at(i);
            }
            text = false;
        } else {
            throw Errors.typeError("first argument must be string or compiled pattern");
        }
        try {
            return new PatternObject(CompiledRegex.compile(pattern, cps, text, (int) flags),
                    errorClass);
        } catch (RegexError e) {
            throw error(t, errorClass, e, pattern);
        } catch (IllegalArgumentException e) {
            throw Errors.valueError(e.getMessage());
        } catch (Repeats.RepeatOverflow e) {
            throw Errors.of(ErrorTypes.OVERFLOW_ERROR, e.getMessage());
        }
    }

    /** re.error(msg, pattern, pos) for a compile or template failure. */
    static WeftError error(Fiber t, Object errorClass, RegexError e, Object pattern) {
        Object pos = e.pos < 0 ? WeftNone.NONE : (Object) (long) e.pos;
        Object p = e.pos < 0 ? WeftNone.NONE : pattern;
        return (WeftError) Calls.callDirect(t, errorClass, e.msg, p, pos);
    }
}
