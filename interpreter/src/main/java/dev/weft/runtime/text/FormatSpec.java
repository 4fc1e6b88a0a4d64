// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/**
 * A parsed format specification,
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, with the checks
 * CPython makes while parsing, before it knows how the value will use the spec.
 */
public final class FormatSpec {
    /** The fill code point; ' ' unless given (or '0' from the 0 flag). */
    public final int fill;
    /** One of {@code < > ^ =}. */
    public final char align;
    /** '+', '-', ' ', or 0 when absent. */
    public final char sign;
    /** The 'z' option: negative zero results print as zero. */
    public final boolean noNegZero;
    /** The '#' option. */
    public final boolean alternate;
    /** Minimum width, -1 when absent. */
    public final long width;
    /** ',' or '_' thousands separator, 0 when absent. */
    public final char grouping;
    /** Digits per group: 3, or 4 for '_' with the binary, octal and hex types. */
    public final int groupSize;
    /** Precision, -1 when absent. */
    public final long precision;
    /** The type code point; the caller's default when absent (0 for float's "no type"). */
    public final int type;

    private FormatSpec(Parser p) {
        fill = p.fill;
        align = p.align;
        sign = p.sign;
        noNegZero = p.noNegZero;
        alternate = p.alternate;
        width = p.width;
        grouping = p.grouping;
        groupSize = p.groupSize;
        precision = p.precision;
        type = p.type;
    }

    /**
     * Parses spec for a value of Python type {@code typeName} (used in messages), whose
     * format defaults to {@code defaultType} and {@code defaultAlign}: 'd' and '>' for int,
     * 0 and '>' for float, 's' and '<' for str.
     *
     * @throws TextError ValueError with CPython's message for a malformed spec
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType,
            char defaultAlign) {
        return new FormatSpec(new Parser(spec, typeName, defaultType, defaultAlign).parse());
    }

    /** CPython's "Unknown format code" error for this spec's type. */
    TextError unknownType(String typeName) {
        return TextError.valueError("Unknown format code '" + showType(type)
                + "' for object of type '" + typeName + "'");
    }

    /** The type as CPython shows it in messages: itself if visible ASCII, else \x hex. */
    static String showType(int type) {
        return type > 32 && type < 128 ? String.valueOf((char) type)
                : "\\x" + Integer.toHexString(type);
    }

    /** One parse of one spec; the fields become the FormatSpec's. */
    private static final class Parser {
        private final String specText;
        private final int[] cp;
        private final String typeName;
        private final char defaultAlign;
        private int pos;
        private boolean fillGiven;
        private boolean alignGiven;

        int fill = ' ';
        char align;
        char sign;
        boolean noNegZero;
        boolean alternate;
        long width = -1;
        char grouping;
        int groupSize = 3;
        long precision = -1;
        int type;

        Parser(String spec, String typeName, int defaultType, char defaultAlign) {
            this.specText = spec;
            this.cp = spec.codePoints().toArray();
            this.typeName = typeName;
            this.defaultAlign = defaultAlign;
            this.align = defaultAlign;
            this.type = defaultType;
        }

        Parser parse() {
            parseFillAlign();
            if (isAt('+') || isAt('-') || isAt(' ')) {
                sign = (char) cp[pos++];
            }
            if (isAt('z')) {
                noNegZero = true;
                pos++;
            }
            if (isAt('#')) {
                alternate = true;
                pos++;
            }
            if (!fillGiven && isAt('0')) {
                // The 0 flag: zero fill, and for numbers sign-aware padding.
                fill = '0';
                if (!alignGiven && defaultAlign == '>') {
                    align = '=';
                }
                pos++;
            }
            width = readInteger();
            parseGrouping();
            if (isAt('.')) {
                pos++;
                precision = readInteger();
                if (precision < 0) {
                    throw TextError.valueError("Format specifier missing precision");
                }
            }
            if (cp.length - pos > 1) {
                throw TextError.valueError("Invalid format specifier '" + specText
                        + "' for object of type '" + typeName + "'");
            }
            if (pos < cp.length) {
                type = cp[pos++];
            }
            checkGrouping();
            return this;
        }

        /** Reads {@code [[fill]align]}: a fill is any character followed by an align. */
        private void parseFillAlign() {
            if (cp.length >= 2 && isAlign(cp[1])) {
                fill = cp[0];
                align = (char) cp[1];
                fillGiven = true;
                alignGiven = true;
                pos = 2;
            } else if (cp.length >= 1 && isAlign(cp[0])) {
                align = (char) cp[0];
                alignGiven = true;
                pos = 1;
            }
        }

        private void parseGrouping() {
            if (isAt(',')) {
                grouping = ',';
                pos++;
            }
            if (isAt('_')) {
                if (grouping != 0) {
                    throw bothSeparators();
                }
                grouping = '_';
                pos++;
            }
            if (isAt(',') && grouping == '_') {
                throw bothSeparators();
            }
        }

        /** Separators suit only decimal output, and '_' also binary, octal and hex. */
        private void checkGrouping() {
            if (grouping == 0) {
                return;
            }
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
                case 0:
                    return;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        groupSize = 4;
                        return;
                    }
                    break;
                default:
                    break;
            }
            throw TextError.valueError("Cannot specify '" + grouping + "' with '"
                    + showType(type) + "'.");
        }

        /** A run of decimal digits (any script's), -1 when there is none. */
        private long readInteger() {
            int start = pos;
            long value = 0;
            while (pos < cp.length && UnicodeProps.decimalValue(cp[pos]) >= 0) {
                int d = UnicodeProps.decimalValue(cp[pos]);
                if (value > (Long.MAX_VALUE - d) / 10) {
                    throw TextError.valueError("Too many decimal digits in format string");
                }
                value = value * 10 + d;
                pos++;
            }
            return pos == start ? -1 : value;
        }

        private boolean isAt(char c) {
            return pos < cp.length && cp[pos] == c;
        }

        private static boolean isAlign(int c) {
            return c == '<' || c == '>' || c == '^' || c == '=';
        }

        private static TextError bothSeparators() {
            return TextError.valueError("Cannot specify both ',' and '_'.");
        }
    }
}
