// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.runtime.Errors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;

/**
 * Runs a compiled pattern over a subject with Python's rules: lookbehind and {@code \b} see
 * before {@code pos}, nothing sees past {@code endpos}, {@code ^} matches only at the real
 * start. {@link #next} searches on from the end of the previous match, as re's iterators do:
 * after an empty match the next one may not be empty at the same place.
 */
final class Engine {
    enum Mode { SEARCH, MATCH, FULLMATCH }

    private static final long BIG_STACK = 1L << 30;

    final PatternObject pattern;
    final CompiledRegex re;
    final Subject subject;
    final int pos;
    final int endpos;
    private final CharSequence input;
    private Matcher plain;
    private Matcher advancing;

    Engine(PatternObject pattern, Subject subject, long pos, long endpos) {
        this.pattern = pattern;
        this.re = pattern.re;
        this.subject = subject;
        this.pos = subject.clamp(pos);
        this.endpos = Math.max(this.pos, subject.clamp(endpos));
        int end = subject.toChar(this.endpos);
        this.input = end == subject.chars.length() ? subject.chars
                : subject.chars.subSequence(0, end);
    }

    /** One match from {@code fromChar}, or null. */
    MatchObject run(Mode mode, int fromChar, boolean mustAdvance) {
        Matcher m = matcher(mustAdvance);
        m.region(fromChar, input.length());
        boolean found = attempt(() -> switch (mode) {
            case SEARCH -> m.find();
            case MATCH -> m.lookingAt();
            case FULLMATCH -> m.matches();
        });
        return found ? new MatchObject(this, spans(m)) : null;
    }

    /** The first match at or after Python position {@code pos}. */
    MatchObject first(Mode mode) {
        return run(mode, subject.toChar(pos), false);
    }

    /** The match after {@code previous} (null: the first), for finditer, sub and split. */
    MatchObject next(MatchObject previous) {
        if (previous == null) {
            return first(Mode.SEARCH);
        }
        int end = previous.javaEnd(0);
        if (end > input.length()) {
            return null;
        }
        return run(Mode.SEARCH, end, previous.javaStart(0) == end);
    }

    private Matcher matcher(boolean mustAdvance) {
        if (mustAdvance) {
            if (advancing == null) {
                advancing = configure(re.advancing().matcher(input));
            }
            return advancing;
        }
        if (plain == null) {
            plain = configure(re.pattern.matcher(input));
        }
        return plain;
    }

    private static Matcher configure(Matcher m) {
        return m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    private int[] spans(Matcher m) {
        int[] s = new int[2 * (re.groups + 1)];
        s[0] = m.start();
        s[1] = m.end();
        for (int g = 1; g <= re.groups; g++) {
            boolean hidden = re.neverReported[g];
            s[2 * g] = hidden ? -1 : m.start(re.javaGroup[g]);
            s[2 * g + 1] = hidden ? -1 : m.end(re.javaGroup[g]);
        }
        return s;
    }

    interface Attempt {
        boolean run();
    }

    /**
     * Java's matcher recurses where CPython's does not, so a long subject can exhaust the
     * stack; the attempt then runs again on a thread with a stack large enough for it.
     */
    private static boolean attempt(Attempt a) {
        try {
            return a.run();
        } catch (StackOverflowError e) {
            return onBigStack(a);
        }
    }

    private static boolean onBigStack(Attempt a) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread th = new Thread(null, () -> {
            try {
                result.set(a.run());
            } catch (StackOverflowError e) {
                result.set(e);
            }
        }, "weft-regex", BIG_STACK);
        th.start();
        try {
            th.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.runtimeError("regular expression matching was interrupted");
        }
        if (result.get() instanceof Boolean b) {
            return b;
        }
        throw Errors.of(dev.weft.runtime.ErrorTypes.RECURSION_ERROR,
                "maximum recursion limit exceeded");
    }
}
