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

/**
 * Formats an uncaught exception as CPython 3.11's default hook does: chained exceptions, notes,
 * and exception groups drawn as nested boxes ({@code +-+---- 1 ----}, {@code | } margins), at
 * most {@link #MAX_GROUP_WIDTH} members and {@link #MAX_GROUP_DEPTH} levels shown.
 */
public final class Tracebacks {
    static final int MAX_GROUP_WIDTH = 15;
    static final int MAX_GROUP_DEPTH = 10;

    private static final String CAUSE = "The above exception was the direct cause of the"
            + " following exception:";
    private static final String CONTEXT = "During handling of the above exception, another"
            + " exception occurred:";

    private final Fiber t;
    private final StringBuilder sb = new StringBuilder();
    private final Map<WeftError, Boolean> seen = new IdentityHashMap<>();
    /** How deep inside exception groups the printer is (0: outside any). */
    private int depth;
    /** The innermost box still needs its closing line. */
    private boolean needClose;

    private Tracebacks(Fiber t) {
        this.t = t;
    }

    public static String format(Fiber t, WeftError e) {
        Tracebacks p = new Tracebacks(t);
        p.recursive(e);
        return p.sb.toString();
    }

    private String indent() {
        return " ".repeat(2 * depth);
    }

    /** The indentation and {@code | } margin every line inside a group box starts with. */
    private String margin() {
        return depth == 0 ? "" : indent() + "| ";
    }

    private void line(String text) {
        sb.append(margin()).append(text).append('\n');
    }

    private void recursive(WeftError e) {
        seen.put(e, Boolean.TRUE);
        if (e.cause != null) {
            if (!seen.containsKey(e.cause)) {
                chained(e.cause, CAUSE);
            }
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            chained(e.context, CONTEXT);
        }
        if (e instanceof WeftExceptionGroup g) {
            group(g);
        } else {
            single(e);
        }
    }

    private void chained(WeftError e, String message) {
        boolean close = needClose;
        recursive(e);
        needClose = close;
        line("");
        line(message);
        line("");
    }

    private void group(WeftExceptionGroup g) {
        if (depth > MAX_GROUP_DEPTH) {
            line("... (max_group_depth is " + MAX_GROUP_DEPTH + ")");
            return;
        }
        boolean top = depth == 0;
        if (top) {
            depth = 1;
        }
        single(g);
        int count = g.exceptions().size();
        int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            sb.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1))
                    .append(" ----------------\n");
            depth++;
            if (truncated) {
                int more = count - MAX_GROUP_WIDTH;
                line("and " + more + " more exception" + (more > 1 ? "s" : ""));
            } else {
                recursive((WeftError) g.exceptions().get(i));
            }
            if (last && needClose) {
                sb.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            depth--;
        }
        if (depth == 1 && top) {
            depth = 0;
        }
    }

    /** One exception: its frames (outermost first, repeats folded), last line and notes. */
    private void single(WeftError e) {
        List<TraceEntry> entries = new ArrayList<>(e.traceback());
        Collections.reverse(entries);
        if (!entries.isEmpty()) {
            boolean isGroup = e instanceof WeftExceptionGroup;
            String headMargin = isGroup && depth == 1 ? indent() + "+ " : margin();
            sb.append(headMargin).append(isGroup ? "Exception Group Traceback" : "Traceback")
                    .append(" (most recent call last):\n");
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
                flushRepeats(repeats);
                repeats = 0;
            }
            frame(entry);
            last = entry;
        }
        flushRepeats(repeats);
        if (e.isInstance(ErrorTypes.SYNTAX_ERROR)) {
            syntaxDetail(e);
        }
        if (e.hint() != null) {
            line("  (" + e.hint() + ")");
        }
        // As CPython's hook: only the first line of a many-line message gets the margin.
        sb.append(margin()).append(lastLine(t, e)).append('\n');
        notes(e);
    }

    /** What add_note() attached, each line in the margin. */
    private void notes(WeftError e) {
        Object notes = e.dict().getStr("__notes__");
        if (notes == null) {
            return;
        }
        if (!(notes instanceof WeftList || notes instanceof WeftTuple)) {
            line(safe(() -> Reprs.repr(t, notes)));
            return;
        }
        for (Object note : Iter.toArray(t, notes)) {
            String text = safe(() -> Reprs.str(t, note));
            for (String l : text.split("\r\n|\r|\n", -1)) {
                line(l);
            }
        }
    }

    private static String safe(java.util.function.Supplier<String> s) {
        try {
            return s.get();
        } catch (WeftError inner) {
            return "<note str() failed>";
        }
    }

    private static boolean same(TraceEntry a, TraceEntry b) {
        return a.code() == b.code() && a.line() == b.line();
    }

    private void flushRepeats(int repeats) {
        if (repeats > 2) {
            int more = repeats - 2;
            line("  [Previous line repeated " + more + " more time" + (more == 1 ? "" : "s")
                    + "]");
        }
    }

    private void frame(TraceEntry entry) {
        line("  File \"" + entry.code().file + "\", line " + entry.line() + ", in "
                + entry.code().name);
        if ("<string>".equals(entry.code().file)) {
            return; // as CPython, which has no file to read exec'd and -c source back from
        }
        String raw = SourceLines.line(entry.code().source, entry.line());
        String text = raw.strip();
        if (text.isEmpty()) {
            return;
        }
        line("    " + text);
        Position[] table = entry.code().positions;
        if (entry.pos() >= 0 && entry.pos() < table.length
                && table[entry.pos()].line() == entry.line()) {
            carets(raw, text, table[entry.pos()]);
        }
    }

    /**
     * CPython 3.11's markers under a traceback line: {@code ^} under the operation, or {@code ~}
     * under the operands and {@code ^} under the operator or brackets; none when the operation
     * is the whole line. A span running onto later lines is marked to the end of this one.
     */
    private void carets(String raw, String text, Position p) {
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
        sb.append(margin()).append("    ");
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
    private void syntaxDetail(WeftError e) {
        WeftDict d = e.dict();
        Object file = d.getStr("filename");
        Object line = d.getStr("lineno");
        Object text = d.getStr("text");
        Object offset = d.getStr("offset");
        if (file instanceof String f && line instanceof Long n) {
            line("  File \"" + f + "\", line " + n);
            if (text instanceof String s && !s.isBlank()) {
                String stripped = s.stripTrailing();
                int indent = stripped.length() - stripped.stripLeading().length();
                line("    " + stripped.strip());
                if (offset instanceof Long o) {
                    int col = (int) Math.max(0, o - 1 - indent);
                    line("    " + " ".repeat(col) + "^");
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
