// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import dev.weft.Weft;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.HasDict;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: keywords and names in scope; attributes of a value ({@code "abc".up},
 * {@code math.sq}); module names after import; file names inside a string literal.
 */
final class WeftCompleter implements Completer {
    private static final Pattern IMPORT =
            Pattern.compile("^\\s*(import\\s+|from\\s+)([\\w.]*)$");
    private static final Pattern TARGET = Pattern.compile(
            "((?:[A-Za-z_]\\w*)(?:\\.[A-Za-z_]\\w*)*|\"[^\"]*\"|'[^']*'|\\d+\\.?\\d*|\\[\\]|\\{\\})\\.$");

    private final Supplier<ReplEngine> engine;

    WeftCompleter(Supplier<ReplEngine> engine) {
        this.engine = engine;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String c : candidates(line.line(), line.cursor())) {
            candidates.add(new Candidate(c, c, null, null, null, null, false));
        }
    }

    /** Completions for the word at {@code cursor}, as whole replacement words. */
    List<String> candidates(String text, int cursor) {
        String before = text.substring(0, cursor);
        int quote = openQuote(before);
        if (quote >= 0) {
            return files(before.substring(quote + 1));
        }
        int start = ReplParser.Line.wordStart(text, cursor);
        String word = before.substring(start);
        String head = before.substring(0, start);
        Matcher imp = IMPORT.matcher(before);
        if (imp.matches() && !imp.group(2).contains(".")) {
            return filter(modules(), word);
        }
        Matcher target = TARGET.matcher(head);
        if (head.endsWith(".") && target.find()) {
            String expr = target.group(1);
            List<String> names = engine.get().ask(w -> attributes(w, expr), 1000);
            return filter(names == null ? List.of() : names, word);
        }
        if (head.endsWith(".")) {
            return List.of();
        }
        List<String> names = engine.get().ask(WeftCompleter::namesInScope, 1000);
        List<String> all = new ArrayList<>(Keywords.all());
        if (names != null) {
            all.addAll(names);
        }
        return filter(all, word);
    }

    private static List<String> filter(List<String> names, String prefix) {
        TreeSet<String> out = new TreeSet<>();
        for (String n : names) {
            if (n.startsWith(prefix) && (!n.startsWith("_") || prefix.startsWith("_"))) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /** Runs on the interpreter thread: globals and builtins. */
    private static List<String> namesInScope(Weft w) {
        List<String> names = new ArrayList<>();
        keys(w.globals(), names);
        keys(w.interpreter().builtins(), names);
        return names;
    }

    private static void keys(WeftDict d, List<String> out) {
        for (int e = 0; e < d.end(); e++) {
            if (d.keyAt(e) instanceof String s) {
                out.add(s);
            }
        }
    }

    /** Runs on the interpreter thread: the attribute names of a simple expression's value. */
    private static List<String> attributes(Weft w, String expr) {
        Object value = valueOf(w, expr);
        if (value == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (value instanceof HasDict h && h.hasInstanceDict()) {
            keys(h.dict(), names);
        }
        WeftType type = value instanceof WeftType c ? c : Types.of(value);
        for (WeftType t : type.mro()) {
            keys(t.dict(), names);
        }
        return names;
    }

    private static Object valueOf(Weft w, String expr) {
        char c = expr.charAt(0);
        if (c == '"' || c == '\'') {
            return "";
        }
        if (Character.isDigit(c)) {
            return expr.contains(".") ? (Object) 0.0 : (Object) 0L;
        }
        if (c == '[') {
            return new WeftList();
        }
        if (c == '{') {
            return new WeftDict();
        }
        String[] parts = expr.split("\\.");
        Object v = w.globals().getStr(parts[0]);
        if (v == null) {
            v = w.interpreter().builtins().getStr(parts[0]);
        }
        for (int i = 1; i < parts.length && v != null; i++) {
            try {
                v = Attrs.lookup(w.interpreter().mainFiber(), v, parts[i]);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return v;
    }

    private List<String> modules() {
        List<String> names = engine.get().ask(w -> {
            List<String> out = new ArrayList<>(w.interpreter().importer().registry().names());
            WeftList path = w.interpreter().importer().path();
            for (int i = 0; i < path.size(); i++) {
                if (path.get(i) instanceof String dir) {
                    moduleFiles(Path.of(dir.isEmpty() ? "." : dir), out);
                }
            }
            return out;
        }, 1000);
        return names == null ? List.of() : names;
    }

    private static void moduleFiles(Path dir, List<String> out) {
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.endsWith(".weft") || n.endsWith(".py")) {
                    out.add(n.substring(0, n.lastIndexOf('.')));
                } else if (Files.isRegularFile(p.resolve("__init__.py"))
                        || Files.isRegularFile(p.resolve("__init__.weft"))) {
                    out.add(n);
                }
            });
        } catch (IOException | RuntimeException e) {
            // an unreadable directory offers nothing
        }
    }

    private static List<String> files(String partial) {
        int slash = partial.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : partial.substring(0, slash + 1);
        String prefix = partial.substring(slash + 1);
        Path dir = Path.of(dirPart.isEmpty() ? "." : dirPart);
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && (!n.startsWith(".") || prefix.startsWith("."))) {
                    out.add(dirPart + n + (Files.isDirectory(p) ? "/" : ""));
                }
            });
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        out.sort(String::compareTo);
        return out;
    }

    /** The index of the quote opening a string literal still open at the end, or -1. */
    static int openQuote(String text) {
        int open = -1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    open = -1;
                }
            } else if (c == '#') {
                int nl = text.indexOf('\n', i);
                if (nl < 0) {
                    return -1;
                }
                i = nl;
            } else if (c == '"' || c == '\'') {
                open = i;
                quote = c;
            } else if (c == '\n') {
                open = -1;
            }
        }
        return open;
    }
}
