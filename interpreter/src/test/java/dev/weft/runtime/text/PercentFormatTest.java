// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code str % args} against CPython. Expected outcomes were produced by CPython 3.11 for the
 * same format and arguments; {@link FakeHost} stands in for the interpreter, with Python-like
 * tuples, lists, dicts, None and two small classes defining __index__ and __float__.
 */
class PercentFormatTest {
    private static final Object NONE = new Object();

    /** A tuple. */
    record Tup(Object... items) {
    }

    /** An object with __index__ only. */
    record IntLike(long v) {
    }

    /** An object with __float__ only. */
    record FloatLike(double v) {
    }

    /** The interpreter's side, just big enough for these cases. */
    static final class FakeHost implements PercentFormat.Host {
        @Override
        public String str(Object o) {
            return o instanceof String ? (String) o : repr(o);
        }

        @Override
        public String repr(Object o) {
            if (o == NONE) {
                return "None";
            }
            if (o instanceof Boolean) {
                return (Boolean) o ? "True" : "False";
            }
            if (o instanceof Double) {
                return FloatRepr.repr((Double) o);
            }
            if (o instanceof Number) {
                return IntParse.toString((Number) o);
            }
            if (o instanceof String) {
                return StrRepr.repr((String) o);
            }
            if (o instanceof Tup) {
                Object[] items = ((Tup) o).items();
                String inner = join(Arrays.asList(items));
                return "(" + inner + (items.length == 1 ? ",)" : ")");
            }
            if (o instanceof List) {
                return "[" + join((List<?>) o) + "]";
            }
            if (o instanceof Map) {
                return ((Map<?, ?>) o).entrySet().stream()
                        .map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
            }
            if (o instanceof IntLike) {
                return "IntLike(" + ((IntLike) o).v() + ")";
            }
            return "FloatLike(" + FloatRepr.repr(((FloatLike) o).v()) + ")";
        }

        private String join(List<?> items) {
            return items.stream().map(this::repr).collect(Collectors.joining(", "));
        }

        @Override
        public String ascii(Object o) {
            return o instanceof String ? StrRepr.ascii((String) o) : repr(o);
        }

        @Override
        public boolean isTuple(Object o) {
            return o instanceof Tup;
        }

        @Override
        public Object[] tupleItems(Object o) {
            return ((Tup) o).items();
        }

        @Override
        public boolean isMapping(Object o) {
            return o instanceof Map || o instanceof List;
        }

        @Override
        public Object getItem(Object mapping, Object key) {
            if (mapping instanceof List) {
                throw new TextError("TypeError",
                        "list indices must be integers or slices, not str");
            }
            Map<?, ?> map = (Map<?, ?>) mapping;
            if (!map.containsKey(key)) {
                throw new TextError("KeyError", repr(key));
            }
            return map.get(key);
        }

        @Override
        public Number toIntegerOrNull(Object o) {
            return o instanceof IntLike ? ((IntLike) o).v() : null;
        }

        @Override
        public Number indexOrNull(Object o) {
            return o instanceof IntLike ? ((IntLike) o).v() : null;
        }

        @Override
        public Double toFloatOrNull(Object o) {
            if (o instanceof IntLike) {
                return (double) ((IntLike) o).v();
            }
            return o instanceof FloatLike ? ((FloatLike) o).v() : null;
        }

        @Override
        public String typeName(Object o) {
            if (o == NONE) {
                return "NoneType";
            }
            if (o instanceof Boolean) {
                return "bool";
            }
            if (o instanceof Double) {
                return "float";
            }
            if (o instanceof Number) {
                return "int";
            }
            if (o instanceof String) {
                return "str";
            }
            if (o instanceof Tup) {
                return "tuple";
            }
            if (o instanceof List) {
                return "list";
            }
            if (o instanceof Map) {
                return "dict";
            }
            return o.getClass().getSimpleName();
        }
    }

    private static final FakeHost HOST = new FakeHost();
    private final List<String> failures = new ArrayList<>();
    private int cases;

    private void c(String expected, String format, Object args) {
        cases++;
        String got = Tables.outcome(() -> PercentFormat.format(format, args, HOST));
        if (!got.equals(expected)) {
            failures.add(StrRepr.repr(format) + " % " + HOST.repr(args) + ": got "
                    + StrRepr.repr(got) + " expected " + StrRepr.repr(expected));
        }
    }

    private static Tup tup(Object... items) {
        return new Tup(items);
    }

    private static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }

    private static Map<Object, Object> map(Object... keysAndValues) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static double fb(String bits) {
        return Tables.bitsToDouble(bits);
    }

    private static Number big(String digits) {
        return IntValue.normalize(new BigInteger(digits));
    }

    private static Number pow10(int n) {
        return IntValue.normalize(BigInteger.TEN.pow(n));
    }

    @Test
    void matchesCPythonOnChosenCases() {
        c("=x", "%s", "x");
        c("=5", "%s", 5L);
        c("=5", "%s", tup(5L));
        c("=(1, 2)", "%s", tup(tup(1L, 2L)));
        c("!TypeError:not all arguments converted during string formatting", "%s", tup(1L, 2L));
        c("=[1]", "%s", list(1L));
        c("={}", "%s", map());
        c("={'a': 1}", "%s", map("a", 1L));
        c("!TypeError:not enough arguments for format string", "%s %s", tup(1L));
        c("!TypeError:not enough arguments for format string", "%s", tup());
        c("=x", "x", tup());
        c("!TypeError:not all arguments converted during string formatting", "x", 5L);
        c("!TypeError:not all arguments converted during string formatting", "x", "y");
        c("=x", "x", list(1L));
        c("=x", "x", map());
        c("=5", "%d", 5L);
        c("=-5", "%i", -5L);
        c("=5", "%u", 5L);
        c("=1", "%d", true);
        c("=True", "%s", true);
        c("=3", "%d", fb("400d99999999999a"));
        c("=-3", "%d", fb("c00d99999999999a"));
        c("=100000000000000000000", "%d", fb("4415af1d78b58c40"));
        c("!OverflowError:cannot convert float infinity to integer", "%d", fb("7ff0000000000000"));
        c("!ValueError:cannot convert float NaN to integer", "%d", fb("7ff8000000000000"));
        c("!TypeError:%d format: a real number is required, not str", "%d", "3");
        c("!TypeError:%d format: a real number is required, not NoneType", "%d", NONE);
        c("=7", "%d", new IntLike(7L));
        c("!TypeError:%d format: a real number is required, not FloatLike",
                "%d", new FloatLike(fb("4004000000000000")));
        c("=ff", "%x", new IntLike(255L));
        c("!TypeError:%x format: an integer is required, not float", "%x", fb("4008000000000000"));
        c("!TypeError:%x format: an integer is required, not NoneType", "%x", NONE);
        c("!TypeError:%o format: an integer is required, not str", "%o", "x");
        c("!TypeError:%X format: an integer is required, not FloatLike",
                "%X", new FloatLike(fb("3ff0000000000000")));
        c("!TypeError:must be real number, not str", "%f", "x");
        c("!TypeError:must be real number, not NoneType", "%f", NONE);
        c("=3.000000", "%f", new IntLike(3L));
        c("=2.500000", "%f", new FloatLike(fb("4004000000000000")));
        c("!OverflowError:int too large to convert to float", "%f", pow10(400));
        c("=100000000000000000000.000000", "%f", pow10(20));
        c("=1.000000", "%f", true);
        c("=a", "%c", "a");
        c("!TypeError:%c requires int or char", "%c", "ab");
        c("!TypeError:%c requires int or char", "%c", "");
        c("=A", "%c", 65L);
        c("!TypeError:%c requires int or char", "%c", fb("4008000000000000"));
        c("!OverflowError:%c arg not in range(0x110000)", "%c", -1L);
        c("!OverflowError:%c arg not in range(0x110000)", "%c", 1114112L);
        c("!OverflowError:%c arg not in range(0x110000)", "%c", pow10(30));
        c("=B", "%c", new IntLike(66L));
        c("!TypeError:%c requires int or char", "%c", new FloatLike(fb("4050800000000000")));
        c("!TypeError:%c requires int or char", "%c", NONE);
        c("=\ud83d\ude00", "%c", "\ud83d\ude00");
        c("=    \u00e9", "%5c", "\u00e9");
        c("=B    |", "%-5c|", 66L);
        c("=a", "%.0c", "a");
        c("=    a", "%05c", "a");
        c("=1", "%(a)s", map("a", 1L));
        c("=1 'x'", "%(a)s %(b)r", map("a", 1L, "b", "x"));
        c("!TypeError:not enough arguments for format string", "%(a)s %s", map("a", 1L));
        c("={'a': 1} 1", "%s %(a)s", map("a", 1L));
        c("!TypeError:format requires a mapping", "%(a)s", 1L);
        c("!TypeError:format requires a mapping", "%(a)s", tup());
        c("!TypeError:format requires a mapping", "%(a)s", tup(1L));
        c("!ValueError:incomplete format key", "%(a", map("a", 1L));
        c("!ValueError:incomplete format", "%(a)", map("a", 1L));
        c("=1%", "%(a)s%%", map("a", 1L));
        c("!KeyError:'b'", "%(a)s%(b)s", map("a", 1L));
        c("=1", "%(a(b))s", map("a(b)", 1L));
        c("!TypeError:list indices must be integers or slices, not str", "%(a)s", list(1L));
        c("=5", "%(0)s", map("0", 5L));
        c("!TypeError:not enough arguments for format string", "%(a)*d", map("a", 1L));
        c("=  2.2|", "%(a)5.1f|", map("a", fb("4002000000000000")));
        c("!ValueError:unsupported format character '%' (0x25) at index 4", "%(a)%", map("a", 1L));
        c("=e", "%()s", map("", "e"));
        c("=(1, 2)", "%(a)s", map("a", tup(1L, 2L)));
        c("!ValueError:incomplete format", "%", tup());
        c("!ValueError:incomplete format", "abc%", tup());
        c("!ValueError:incomplete format", "%5", tup(1L));
        c("!ValueError:incomplete format", "%.", tup(1L));
        c("!ValueError:incomplete format", "%-", tup(1L));
        c("!ValueError:incomplete format", "%l", tup(1L));
        c("=%", "%%", tup());
        c("!TypeError:not enough arguments for format string", "%5%", tup());
        c("!ValueError:unsupported format character '%' (0x25) at index 2", "%5%", 1L);
        c("!TypeError:not enough arguments for format string", "%z", tup());
        c("!ValueError:unsupported format character 'z' (0x7a) at index 1", "%z", 1L);
        c("!ValueError:unsupported format character 'z' (0x7a) at index 3", "%s%z", tup(1L, 2L));
        c("!ValueError:unsupported format character 'z' (0x7a) at index 3", "%.5z", 1L);
        c("!ValueError:unsupported format character '?' (0x80) at index 1", "%\u0080", 1L);
        c("!ValueError:unsupported format character '\u001f' (0x1f) at index 1", "%\u001f", 1L);
        c("!ValueError:unsupported format character '?' (0xe9) at index 1", "%\u00e9", 1L);
        c("!ValueError:unsupported format character '?' (0x1f600) at index 1", "%\ud83d\ude00", 1L);
        c("!ValueError:unsupported format character 'z' (0x7a) at index 2", "\ud83d\ude00%z", 1L);
        c("=1 2 3", "%ld %hd %Ld", tup(1L, 2L, 3L));
        c("!ValueError:unsupported format character 'z' (0x7a) at index 2", "%lz", 1L);
        c("=    1", "%*d", tup(5L, 1L));
        c("=1    ", "%*d", tup(-5L, 1L));
        c("=1    |", "%-*d|", tup(-5L, 1L));
        c("=1.23", "%.*f", tup(2L, fb("3ff3c083126e978d")));
        c("=1", "%.*f", tup(-2L, fb("3ff3c083126e978d")));
        c("!TypeError:* wants int", "%*d", tup("a", 1L));
        c("!TypeError:* wants int", "%.*d", tup(fb("3ff0000000000000"), 1L));
        c("=    3.14", "%*.*f", tup(8L, 2L, fb("400921f9f01b866e")));
        c("!TypeError:not enough arguments for format string", "%*s", tup(3L));
        c("!OverflowError:Python int too large to convert to C ssize_t",
                "%*d", tup(big("9223372036854775808"), 1L));
        c("!OverflowError:Python int too large to convert to C int", "%.*d", tup(2147483648L, 1L));
        c("=1", "%*d", tup(true, 1L));
        c("=1", "%*d", tup(-9223372036854775808L, 1L));
        c("=1", "%.*d", tup(-2147483648L, 1L));
        c("!ValueError:width too big", "%99999999999999999999d", 1L);
        c("!ValueError:precision too big", "%.99999999999d", 1L);
        c("=ab", "%.2147483647s", "ab");
        c("='a'", "%r", "a");
        c("=\"it's\"", "%r", "it's");
        c("='\\xe9'", "%a", "\u00e9");
        c("=5", "%a", 5L);
        c("=None", "%r", NONE);
        c("=None", "%s", NONE);
        c("='a", "%.2r", "abc");
        c("=   ab|", "%5s|", "ab");
        c("=ab   |", "%-5s|", "ab");
        c("=    a", "%05s", "a");
        c("=a", "%+s", "a");
        c("=a", "% s", "a");
        c("=ab", "%.2s", "abc");
        c("=|", "%.0s|", "abc");
        c("=    a|", "%5.1s|", "abc");
        c("=\ud83d\ude00", "%.1s", "\ud83d\ude00x");
        c("=  \ud83d\ude00|", "%3s|", "\ud83d\ude00");
        c("=a", "%#s", "a");
        c("=0o10", "%#o", 8L);
        c("=0o00000010", "%#010o", 8L);
        c("=      0o10", "%#10o", 8L);
        c("=0o10      |", "%#-10o|", 8L);
        c("=-0o10", "%#o", -8L);
        c("=-0o0000010", "%#010o", -8L);
        c("=-10", "%o", -8L);
        c("=0x000000ff", "%#010x", 255L);
        c("=      0xff", "%#10x", 255L);
        c("=0xff      |", "%#-10x|", 255L);
        c("=-0X00000FF", "%#010X", -255L);
        c("=-0xff", "%#x", -255L);
        c("=0XFF", "%#X", 255L);
        c("=-ff", "%x", -255L);
        c("=  00a", "%5.3x", 10L);
        c("=0x00a", "%#5.3x", 10L);
        c("=0x00a", "%#05.3x", 10L);
        c("=0o010", "%#.3o", 8L);
        c("=+0xa", "%#+x", 10L);
        c("= 0x0000a", "%# 08x", 10L);
        c("=005", "%.3d", 5L);
        c("=+005", "%+.3d", 5L);
        c("=+0005", "%+05d", 5L);
        c("=-0005", "% 05d", -5L);
        c("=5    |", "%-05d|", 5L);
        c("= 5", "% d", 5L);
        c("=+5", "%+ d", 5L);
        c("=+5", "% +d", 5L);
        c("=5", "%#d", 5L);
        c("=5    |", "%0-5d|", 5L);
        c("=-005", "%.3d", -5L);
        c("=-0000005", "%08.3d", -5L);
        c("=-005    |", "%-8.3d|", -5L);
        c("=+0", "%+.0d", 0L);
        c("=0", "%.0d", 0L);
        c("=0", "%x", 0L);
        c("=0x0", "%#x", 0L);
        c("=0x0", "%#.0x", 0L);
        c("=1000000000000000000000000000000", "%d", pow10(30));
        c("=c9f2c9cd04674edea40000000", "%x", pow10(30));
        c("!ValueError:unsupported format character ',' (0x2c) at index 1", "%,d", 1L);
        c("!ValueError:Exceeds the limit (4300 digits) for integer stri" +
                "ng conversion; use sys.set_int_max_str_digits() to increase " +
                "the limit",
                "%d", pow10(4300));
        c("=100000000000000000000", "%s", pow10(20));
        c("=1.000000e+00", "%e", 1L);
        c("=1.000000E+100", "%E", fb("54b249ad2594c37d"));
        c("=1e-05", "%g", fb("3ee4f8b588e368f1"));
        c("=1E-05", "%G", fb("3ee4f8b588e368f1"));
        c("=1.00000", "%#g", 1L);
        c("=1.", "%#.0f", 1L);
        c("=    -1.500|", "%10.3f|", fb("bff8000000000000"));
        c("=-00001.500|", "%010.3f|", fb("bff8000000000000"));
        c("=-1.500    |", "%-010.3f|", fb("bff8000000000000"));
        c("=+inf", "%+f", fb("7ff0000000000000"));
        c("=0000000nan", "%010f", fb("7ff8000000000000"));
        c("=-000000inf", "%+010f", fb("fff0000000000000"));
        c("=INF", "%F", fb("7ff0000000000000"));
        c("=NAN", "%F", fb("7ff8000000000000"));
        c("=-INF", "%E", fb("fff0000000000000"));
        c("= nan", "% f", fb("7ff8000000000000"));
        c("=0", "%.0f", fb("3fe0000000000000"));
        c("=2", "%.0f", fb("3ff8000000000000"));
        c("=2", "%.0f", fb("4004000000000000"));
        c("=1.23e+06", "%.3g", 1234567L);
        c("=0.000000000000000000000000000000000000000000000000000000000" +
                "000000000000000000000000000000000000000000100000000000000001" +
                "999189980260288361964776078853415942018260300593659569925554" +
                "34676176762886132929896",
                "%.200f", fb("2b2bff2ee48e0530"));
        c("=2.67", "%.2f", fb("4005666666666666"));
        c("=-0.000000", "%f", fb("8000000000000000"));
        c("=-0.0e+00", "%+.1e", fb("8000000000000000"));
        c("=100000", "%g", fb("40f86a0000000000"));
        c("=1e+06", "%g", fb("412e848000000000"));
        c("=0.0001", "%g", fb("3f1a36e2eb1c432d"));
        c("=1.00", "%#.3g", fb("3ff0000000000000"));
        c("=1e+04", "%.0e", fb("40c81c8000000000"));
        c("=1.e+04", "%#.0e", fb("40c81c8000000000"));
        c("=0.05", "%.1g", fb("3fa999999999999a"));
        c("=     3.142|", "%10.4g|", fb("400921f9f01b866e"));
        c("=3.14e+04  |", "%-10.2e|", fb("40deadf99999999a"));
        c("=+3.000", "%+.3f", 3L);
        c("= 3.000", "% .3f", 3L);
        c("=-0003.14", "%08.2f", fb("c00921f9f01b866e"));
        c("=0.000000", "%f", fb("0000000000000001"));
        c("=4.94066e-324", "%g", fb("0000000000000001"));
        c("=0.10000000000000001", "%.17g", fb("3fb999999999999a"));
        c("=1.797693e+308", "%e", fb("7fefffffffffffff"));
        c("=1.0", "%s", fb("3ff0000000000000"));
        c("=1e+16", "%r", fb("4341c37937e08000"));
        c("=0.1", "%s", fb("3fb999999999999a"));
        c("=1e-05", "%s", fb("3ee4f8b588e368f1"));
        c("=a and b", "%s and %s", tup("a", "b"));
        c("=1%2", "%s%%%s", tup(1L, 2L));
        c("=%x%", "%%%s%%", "x");
        c("=axb'y'c3", "a%sb%rc%d", tup("x", "y", 3L));
        c("=\ud83d\ude00\u00e9\ud83d\ude00", "\ud83d\ude00%s\ud83d\ude00", "\u00e9");
        c("=\ud83d\ude00", "%s", "\ud83d\ude00");
        c("=    12    |", "%5d%-5d|", tup(1L, 2L));
        Tables.checkAll("percent format", failures, cases);
    }

    @Test
    void digitLimitAllowsExactlyTheLimit() {
        Number v = IntValue.normalize(BigInteger.TEN.pow(4299));
        assertEquals("1" + "0".repeat(4299), PercentFormat.format("%d", v, HOST));
        assertEquals("+1" + "0".repeat(4299), PercentFormat.format("%+d", v, HOST));
    }

    @Test
    void randomConversionsMatchCPython() {
        List<String[]> rows = Tables.read("percent_cases.tsv");
        List<String> bad = new ArrayList<>();
        for (String[] row : rows) {
            Object arg = row[1].equals("i") ? big(row[2])
                    : row[1].equals("f") ? (Object) fb(row[2]) : row[2];
            String got = Tables.outcome(() -> PercentFormat.format(row[0], arg, HOST));
            if (!got.equals(row[3])) {
                bad.add(StrRepr.repr(row[0]) + " % " + HOST.repr(arg) + ": got " + got
                        + " expected " + row[3]);
            }
        }
        Tables.checkAll("percent format", bad, rows.size());
    }
}
