// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours REPL input as it is typed: keywords (the soft ones only where they are keywords),
 * strings, numbers, comments.
 */
final class WeftHighlighter implements Highlighter {
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
            AttributedStyle style = styleOf(buffer, m);
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

    private static AttributedStyle styleOf(String buffer, Matcher m) {
        if (m.group("comment") != null) {
            return COMMENT;
        }
        if (m.group("string") != null) {
            return STRING;
        }
        if (m.group("number") != null) {
            return NUMBER;
        }
        String word = m.group("word");
        if (Keywords.SOFT.contains(word)) {
            return Keywords.softIsKeyword(buffer, word, m.start(), m.end()) ? KEYWORD : null;
        }
        return Keywords.HARD.contains(word) ? KEYWORD : null;
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
