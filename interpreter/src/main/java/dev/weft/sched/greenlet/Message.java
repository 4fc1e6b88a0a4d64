// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.greenlet;

import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftTuple;

/**
 * What a switch sends: arguments (a greenlet that has not started gets them as run's
 * arguments) or an exception to raise in the target.
 */
record Message(Object[] args, String[] kwnames, WeftError error) {
    private static final Object[] NONE = {};

    static Message of(Object[] args, String[] kwnames) {
        return new Message(args, kwnames == null || kwnames.length == 0 ? null : kwnames, null);
    }

    /** One value: a finished greenlet's return value, or a single switch argument. */
    static Message value(Object v) {
        return new Message(new Object[] {v}, null, null);
    }

    static Message raising(WeftError e) {
        return new Message(NONE, null, e);
    }

    /**
     * What {@code switch()} returns in a greenlet that was already running, by greenlet's
     * rules: no arguments give (), one gives itself, several a tuple; keywords alone a dict,
     * with positional arguments ((args...), {kwargs}).
     */
    Object packed() {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        Object[] pos = java.util.Arrays.copyOf(args, npos);
        if (kwnames == null) {
            return npos == 1 ? pos[0] : WeftTuple.of(pos);
        }
        WeftDict kw = new WeftDict();
        for (int i = 0; i < kwnames.length; i++) {
            kw.putStr(kwnames[i], args[npos + i]);
        }
        return npos == 0 ? kw : WeftTuple.of(WeftTuple.of(pos), kw);
    }
}
