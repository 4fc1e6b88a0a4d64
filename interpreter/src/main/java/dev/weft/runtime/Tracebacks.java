// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.ast.SourceLines;
import dev.weft.cps.Fiber;
import dev.weft.cps.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Formats an uncaught exception as CPython does, chained exceptions included. */
public final class Tracebacks {
    private Tracebacks() {}

    private static final String CAUSE = "\nThe above exception was the direct cause of the"
            + " following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another"
            + " exception occurred:\n\n";

    public static String format(Fiber t, WeftError e) {
        StringBuilder sb = new StringBuilder();
        chain(t, e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void chain(Fiber t, WeftError e, StringBuilder sb, Map<WeftError, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            chain(t, e.cause, sb, seen);
            sb.append(CAUSE);
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            chain(t, e.context, sb, seen);
            sb.append(CONTEXT);
        }
        single(t, e, sb);
    }

    /** One exception: its frames (outermost first, repeats folded) and its last line. */
    private static void single(Fiber t, WeftError e, StringBuilder sb) {
        List<TraceEntry> entries = new ArrayList<>(e.traceback());
        Collections.reverse(entries);
        if (!entries.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
        }
        TraceEntry last = null;
        int repeats = 0;
        for (TraceEntry entry : entries) {
            if (last != null && same(last, entry)) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                flushRepeats(sb, repeats);
                repeats = 0;
            }
            frame(sb, entry);
            last = entry;
        }
        flushRepeats(sb, repeats);
        if (e.isInstance(ErrorTypes.SYNTAX_ERROR)) {
            syntaxDetail(t, e, sb);
        }
        if (e.hint() != null) {
            sb.append("  (").append(e.hint()).append(")\n");
        }
        sb.append(lastLine(t, e)).append('\n');
    }

    private static boolean same(TraceEntry a, TraceEntry b) {
        return a.code() == b.code() && a.line() == b.line();
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats > 2) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time")
                    .append(more == 1 ? "" : "s").append("]\n");
        }
    }

    private static void frame(StringBuilder sb, TraceEntry entry) {
        sb.append("  File \"").append(entry.code().file).append("\", line ").append(entry.line())
                .append(", in ").append(entry.code().name).append('\n');
        if ("<string>".equals(entry.code().file)) {
            return; // as CPython, which has no file to read exec'd and -c source back from
        }
        String raw = SourceLines.line(entry.code().source, entry.line());
        String text = raw.strip();
        if (text.isEmpty()) {
            return;
        }
        sb.append("    ").append(text).append('\n');
        Position[] table = entry.code().positions;
        if (entry.pos() >= 0 && entry.pos() < table.length
                && table[entry.pos()].line() == entry.line()) {
            carets(sb, raw, text, table[entry.pos()]);
        }
    }

    /**
     * CPython 3.11's markers under a traceback line: {@code ^} under the operation, or {@code ~}
     * under the operands and {@code ^} under the operator or brackets; none when the operation
     * is the whole line. A span running onto later lines is marked to the end of this one.
     */
    private static void carets(StringBuilder sb, String raw, String text, Position p) {
        int indent = raw.length() - raw.stripLeading().length();
        int start = p.col();
        int end = p.line() == p.endLine() ? p.endCol() : raw.stripTrailing().length();
        if (start < indent || end <= start || end > raw.length()) {
            return;
        }
        boolean anchors = p.hasAnchors();
        if (end - start == text.length() && !anchors) {
            return;
        }
        sb.append("    ");
        for (int offset = indent + 1; offset <= end; offset++) {
            if (offset <= start) {
                sb.append(' ');
            } else if (anchors && p.anchorStart() < offset && offset <= p.anchorEnd()) {
                sb.append('^');
            } else {
                sb.append(anchors ? '~' : '^');
            }
        }
        sb.append('\n');
    }

    /** The source line and caret a SyntaxError carries. */
    private static void syntaxDetail(Fiber t, WeftError e, StringBuilder sb) {
        WeftDict d = e.dict();
        Object file = d.getStr("filename");
        Object line = d.getStr("lineno");
        Object text = d.getStr("text");
        Object offset = d.getStr("offset");
        if (file instanceof String f && line instanceof Long n) {
            sb.append("  File \"").append(f).append("\", line ").append(n).append('\n');
            if (text instanceof String s && !s.isBlank()) {
                String stripped = s.stripTrailing();
                int indent = stripped.length() - stripped.stripLeading().length();
                sb.append("    ").append(stripped.strip()).append('\n');
                if (offset instanceof Long o) {
                    int col = (int) Math.max(0, o - 1 - indent);
                    sb.append("    ").append(" ".repeat(col)).append("^\n");
                }
            }
        }
    }

    /** {@code ValueError: message}; module-qualified for classes outside builtins and main. */
    public static String lastLine(Fiber t, WeftError e) {
        WeftType type = e.type();
        String name = type.qualname();
        String module = type.module();
        if (module != null && !module.equals("__main__") && !module.equals("builtins")) {
            name = module + "." + name;
        }
        String msg;
        try {
            msg = e.isInstance(ErrorTypes.SYNTAX_ERROR) && e.args().size() > 0
                    ? Reprs.str(t, e.args().get(0)) : Reprs.str(t, e);
        } catch (WeftError inner) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
