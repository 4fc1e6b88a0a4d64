// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.ClassPatterns;
import dev.weft.runtime.Matching;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.WeftError;

/**
 * The tests and extractions of the match statement's patterns. Each is direct-style: what
 * reaches script code ({@code __len__}, {@code get}, {@code __match_args__}, attributes,
 * {@code __instancecheck__}) runs as an operator's dunder does. Several hold Java arrays of
 * values in temporaries, which no script sees.
 */
public final class Patterns {
    private Patterns() {}

    /** A test: the subject is a sequence ({@code mapping} false) or a mapping. */
    public static final class Kind extends Node {
        final Node subject;
        final boolean mapping;

        public Kind(Node subject, boolean mapping) {
            this.subject = subject;
            this.mapping = mapping;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return isTrue(t, f);
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            Object s = subject.eval(t, f);
            try {
                return mapping ? Matching.isMapping(t, s) : Matching.isSequence(t, s);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    /** A test: {@code len(subject) == n}, or {@code >= n}. */
    public static final class Length extends Node {
        final Node subject;
        final int n;
        final boolean atLeast;

        public Length(Node subject, int n, boolean atLeast) {
            this.subject = subject;
            this.n = n;
            this.atLeast = atLeast;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return isTrue(t, f);
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            long len;
            try {
                len = Protocols.len(t, subject.eval(t, f));
            } catch (WeftError e) {
                throw raisedHere(e);
            }
            return atLeast ? len >= n : len == n;
        }
    }

    /** A test: the value (an array of extracted values, or null) is there. */
    public static final class Present extends Node {
        final Node value;

        public Present(Node value) {
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return isTrue(t, f);
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            return value.eval(t, f) != null;
        }
    }

    /** Element {@code i} of an array of extracted values. */
    public static final class Item extends Node {
        final Node array;
        final int i;

        public Item(Node array, int i) {
            this.array = array;
            this.i = i;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return ((Object[]) array.eval(t, f))[i];
        }
    }

    /** A sequence's n items by iteration ({@code star} >= 0: those there as a list). */
    public static final class Unpack extends Node {
        final Node subject;
        final int n;
        final int star;

        public Unpack(Node subject, int n, int star) {
            this.subject = subject;
            this.n = n;
            this.star = star;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            try {
                return Matching.unpack(t, subject.eval(t, f), n, star);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    /** The needed items of a sequence matched with {@code *_}, by subscripting. */
    public static final class Subscripts extends Node {
        final Node subject;
        final int star;
        final boolean[] needed;

        public Subscripts(Node subject, int star, boolean[] needed) {
            this.subject = subject;
            this.star = star;
            this.needed = needed;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            try {
                return Matching.subscripts(t, subject.eval(t, f), star, needed);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    /** The values of a mapping pattern's keys as an array, evaluated once and in order. */
    public static final class Keys extends Node {
        final Node[] keys;

        public Keys(Node[] keys) {
            this.keys = keys;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object[] out = new Object[keys.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = keys[i].eval(t, f);
            }
            return out;
        }
    }

    /** A mapping's values for the keys (an array), or null when one is missing. */
    public static final class Values extends Node {
        final Node subject;
        final Node keys;

        public Values(Node subject, Node keys) {
            this.subject = subject;
            this.keys = keys;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object s = subject.eval(t, f);
            try {
                return Matching.values(t, s, (Object[]) keys.eval(t, f));
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    /** {@code **rest}: the mapping's other items, as a new dict. */
    public static final class Rest extends Node {
        final Node subject;
        final Node keys;

        public Rest(Node subject, Node keys) {
            this.subject = subject;
            this.keys = keys;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object s = subject.eval(t, f);
            try {
                return Matching.rest(t, s, keys == null ? new Object[0] : (Object[]) keys.eval(t, f));
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    /** A class pattern's isinstance and attributes (an array), or null for no match. */
    public static final class ClassMatch extends Node {
        final Node cls;
        final Node subject;
        final int nargs;
        final String[] keywords;

        public ClassMatch(Node cls, Node subject, int nargs, String[] keywords) {
            this.cls = cls;
            this.subject = subject;
            this.nargs = nargs;
            this.keywords = keywords;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object c = cls.eval(t, f);
            Object s = subject.eval(t, f);
            try {
                return ClassPatterns.attributes(t, c, s, nargs, keywords);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }
}
