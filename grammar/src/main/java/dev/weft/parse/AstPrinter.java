// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Arguments;
import dev.weft.ast.Expr;
import dev.weft.ast.Expr.Constant;
import dev.weft.ast.Expr.Name;
import dev.weft.ast.ModuleAst;
import dev.weft.ast.Span;
import dev.weft.ast.Stmt;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An S-expression dump of an AST for golden tests and debugging: one {@code (Kind @span
 * field=value ...)} per record, fields in declaration order, leaving out nulls, false flags and
 * empty lists. A node that fits in 100 columns stays on one line; otherwise each field goes on
 * its own line, indented by two. Spans print as {@code @line:col-endLine:endCol} (col 0-based).
 */
public final class AstPrinter {
    private static final int WIDTH = 100;

    private AstPrinter() {}

    /** The module as one node per top-level statement, each followed by a newline. */
    public static String print(ModuleAst module) {
        StringBuilder sb = new StringBuilder();
        for (Stmt s : module.body()) {
            sb.append(render(node(s), 0)).append('\n');
        }
        return sb.toString();
    }

    public static String print(Stmt s) {
        return render(node(s), 0);
    }

    public static String print(Expr e) {
        return render(node(e), 0);
    }

    /** A printable tree: a head and labelled children, or (head only) an atom. */
    private record Node(String head, List<String> labels, List<Object> values) {
        static Node atom(String text) {
            return new Node(text, null, null);
        }
    }

    private static Node node(Object value) {
        if (value == null) {
            return Node.atom("None");
        }
        if (value instanceof Name) {
            Name n = (Name) value;
            return Node.atom("(Name " + span(n.span()) + " " + n.id() + ")");
        }
        if (value instanceof Constant) {
            Constant c = (Constant) value;
            return Node.atom("(Constant " + span(c.span()) + " " + constant(c) + ")");
        }
        if (value instanceof Enum<?>) {
            return Node.atom(symbol((Enum<?>) value));
        }
        if (!(value instanceof Record)) {
            return Node.atom(value instanceof String ? (String) value : String.valueOf(value));
        }
        Class<?> type = value.getClass();
        StringBuilder head = new StringBuilder("(").append(type.getSimpleName());
        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            Object v = get(rc, value);
            if (v instanceof Span) {
                head.append(' ').append(span((Span) v));
            } else if (!omitted(rc.getName(), v)) {
                labels.add(rc.getName());
                values.add(v instanceof List ? v : v instanceof Integer && rc.getName().equals(
                        "conversion") ? Node.atom(String.valueOf((char) (int) (Integer) v))
                        : node(v));
            }
        }
        return new Node(head.toString(), labels, values);
    }

    private static boolean omitted(String name, Object v) {
        return v == null || Boolean.FALSE.equals(v) || v instanceof List && ((List<?>) v).isEmpty()
                || Arguments.EMPTY.equals(v)
                || name.equals("conversion") && Integer.valueOf(-1).equals(v);
    }

    private static Object get(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String symbol(Enum<?> e) {
        try {
            return String.valueOf(e.getClass().getField("symbol").get(e));
        } catch (ReflectiveOperationException ex) {
            return e.name();
        }
    }

    static String span(Span s) {
        return "@" + s.line() + ":" + s.col() + "-" + s.endLine() + ":" + s.endCol();
    }

    // ---- rendering ----------------------------------------------------------------------------

    private static String render(Node n, int indent) {
        String flat = flat(n);
        if (n.labels() == null || indent + flat.length() <= WIDTH) {
            return flat;
        }
        StringBuilder sb = new StringBuilder(n.head());
        String pad = " ".repeat(indent + 2);
        for (int i = 0; i < n.labels().size(); i++) {
            String label = n.labels().get(i) + "=";
            sb.append('\n').append(pad).append(label);
            Object v = n.values().get(i);
            sb.append(v instanceof List ? renderList((List<?>) v, indent + 2, label.length())
                    : render((Node) v, indent + 2));
        }
        return sb.append(')').toString();
    }

    private static String renderList(List<?> items, int indent, int labelWidth) {
        String flat = flatList(items);
        if (indent + labelWidth + flat.length() <= WIDTH) {
            return flat;
        }
        StringBuilder sb = new StringBuilder("[");
        String pad = " ".repeat(indent + 2);
        for (Object item : items) {
            sb.append('\n').append(pad).append(render(node(item), indent + 2));
        }
        return sb.append(']').toString();
    }

    private static String flat(Node n) {
        if (n.labels() == null) {
            return n.head();
        }
        StringBuilder sb = new StringBuilder(n.head());
        for (int i = 0; i < n.labels().size(); i++) {
            Object v = n.values().get(i);
            sb.append(' ').append(n.labels().get(i)).append('=')
                    .append(v instanceof List ? flatList((List<?>) v) : flat((Node) v));
        }
        return sb.append(')').toString();
    }

    private static String flatList(List<?> items) {
        StringBuilder sb = new StringBuilder("[");
        for (Object item : items) {
            sb.append(sb.length() > 1 ? " " : "").append(flat(node(item)));
        }
        return sb.append(']').toString();
    }

    // ---- constants as Python's repr() shows them ----------------------------------------------

    private static String constant(Constant c) {
        switch (c.kind()) {
            case TRUE: return "True";
            case FALSE: return "False";
            case NONE: return "None";
            case ELLIPSIS: return "Ellipsis";
            case STR: return strRepr((String) c.value());
            case BYTES: return "b" + bytesRepr((byte[]) c.value());
            case FLOAT: return floatRepr((Double) c.value());
            case IMAG: return floatRepr((Double) c.value()) + "j";
            default: return String.valueOf(c.value());
        }
    }

    static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (!isPrintable(cp)) {
                sb.append(cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000
                        ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable() for one code point. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }

    static String bytesRepr(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (byte x : b) {
            int v = x & 0xff;
            if (v == quote || v == '\\') {
                sb.append('\\').append((char) v);
            } else if (v == '\n' || v == '\r' || v == '\t') {
                sb.append(v == '\n' ? "\\n" : v == '\r' ? "\\r" : "\\t");
            } else if (v >= 0x20 && v < 0x7f) {
                sb.append((char) v);
            } else {
                sb.append(String.format("\\x%02x", v));
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's repr() of a float: shortest digits, exponent form below 1e-4 and from 1e16. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = b.unscaledValue().abs().toString();
        int exp = digits.length() - b.scale() - 1;
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = b.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits
                : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+")
                + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }
}
