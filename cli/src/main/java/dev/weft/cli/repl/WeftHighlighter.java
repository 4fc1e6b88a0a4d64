// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours REPL input as it is typed: keywords, strings, numbers, comments. */
final class WeftHighlighter implements Highlighter {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
            "not", "or", "pass", "raise", "return", "spawn", "try", "while", "with", "yield");

    private static final Pattern TOKEN = Pattern.compile(
            "(?<comment>#[^\\n]*)"
            + "|(?<string>[rRbBfFuU]{0,2}(\"\"\"[\\s\\S]*?(\"\"\"|$)|'''[\\s\\S]*?('''|$)"
            + "|\"(\\\\.|[^\"\\\\\\n])*(\"|$)|'(\\\\.|[^'\\\\\\n])*('|$)))"
            + "|(?<number>\\b(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+"
            + "|\\d[\\d_]*\\.?[\\d_]*([eE][+-]?\\d+)?[jJ]?|\\.\\d[\\d_]*([eE][+-]?\\d+)?[jJ]?))"
            + "|(?<word>[A-Za-z_][A-Za-z0-9_]*)");

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD
            .foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING =
            AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER =
            AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT =
            AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    static AttributedString highlight(String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        Matcher m = TOKEN.matcher(buffer);
        int last = 0;
        while (m.find()) {
            sb.append(buffer.substring(last, m.start()));
            AttributedStyle style = styleOf(m);
            if (style == null) {
                sb.append(m.group());
            } else {
                sb.styled(style, m.group());
            }
            last = m.end();
        }
        sb.append(buffer.substring(last));
        return sb.toAttributedString();
    }

    private static AttributedStyle styleOf(Matcher m) {
        if (m.group("comment") != null) {
            return COMMENT;
        }
        if (m.group("string") != null) {
            return STRING;
        }
        if (m.group("number") != null) {
            return NUMBER;
        }
        return KEYWORDS.contains(m.group("word")) ? KEYWORD : null;
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // not used
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // not used
    }
}
