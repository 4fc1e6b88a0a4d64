// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when the input is complete (else Enter adds a line, indented by the open
 * block), and what the word under the cursor is for completion: the identifier fragment, or
 * the path inside an open string literal.
 */
final class ReplParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !InputCheck.isComplete(line)) {
            throw new EOFError(-1, -1, "incomplete input", "block",
                    InputCheck.nextLevel(line), null);
        }
        return new Line(line, cursor);
    }

    /** The whole input as one "line", with the completion word found around the cursor. */
    static final class Line implements CompletingParsedLine {
        private final String line;
        private final int cursor;
        private final int wordStart;

        Line(String line, int cursor) {
            this.line = line;
            this.cursor = Math.min(cursor, line.length());
            this.wordStart = wordStart(line, this.cursor);
        }

        static int wordStart(String line, int cursor) {
            if (WeftCompleter.openQuote(line.substring(0, cursor)) >= 0) {
                int q = WeftCompleter.openQuote(line.substring(0, cursor));
                return q + 1;
            }
            int i = cursor;
            while (i > 0 && Character.isJavaIdentifierPart(line.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        @Override
        public String word() {
            return line.substring(wordStart, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - wordStart;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public String line() {
            return line;
        }

        @Override
        public int cursor() {
            return cursor;
        }

        /** Candidates are inserted as they are (no shell quoting in Python code). */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return cursor - wordStart;
        }
    }
}
