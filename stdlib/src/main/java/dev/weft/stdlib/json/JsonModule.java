// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.json;

import dev.weft.runtime.Calls;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.stdlib.Args;

/**
 * The {@code _json} module: the encoder and scanner behind json (which is Weft source, as
 * CPython's is Python over its C _json).
 */
public final class JsonModule {
    private JsonModule() {}

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        // encode(obj, encoder, one_shot, write): the text, or None after writing it in pieces
        fn(d, "encode", (t, a, k) -> {
            Args.positional("encode", a, k, 4, 4);
            StringBuilder sb = new StringBuilder();
            Object write = a[3];
            JsonEncoder.Sink sink = write == WeftNone.NONE ? sb::append
                    : chunk -> Calls.callDirect(t, write, chunk);
            new JsonEncoder(t, a[1], dev.weft.runtime.Truth.isTrue(t, a[2]), sink)
                    .encode(a[0], 0);
            return write == WeftNone.NONE ? sb.toString() : WeftNone.NONE;
        });
        fn(d, "encode_basestring_ascii", (t, a, k) ->
                JsonStrings.quote(text(Args.one("encode_basestring_ascii", a, k)), true));
        fn(d, "encode_basestring", (t, a, k) ->
                JsonStrings.quote(text(Args.one("encode_basestring", a, k)), false));
        // scan_once(decoder, s, idx, error_class) -> (value, end)
        fn(d, "scan_once", (t, a, k) -> {
            Args.positional("scan_once", a, k, 4, 4);
            JsonScanner sc = new JsonScanner(t, a[0], text(a[1]), a[3]);
            Object[] r = sc.scan((int) IntOps.clampLong(a[2]));
            return WeftTuple.of(r[0], (long) (Integer) r[1]);
        });
        // decode(decoder, s, error_class): a whole document, whitespace around it allowed
        fn(d, "decode", (t, a, k) -> {
            Args.positional("decode", a, k, 3, 3);
            String s = (String) a[1];
            JsonScanner sc = new JsonScanner(t, a[0], s, a[2]);
            Object[] r = sc.scan(sc.skipSpace(0));
            int end = sc.skipSpace((Integer) r[1]);
            if (end != s.length()) {
                throw (dev.weft.runtime.WeftError) Calls.callDirect(t, a[2], "Extra data", s,
                        (long) end);
            }
            return r[0];
        });
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }

    /** A str argument, or the text of an instance of a str subclass. */
    private static String text(Object o) {
        String s = dev.weft.runtime.ValueInstance.str(o);
        if (s == null) {
            throw dev.weft.runtime.Errors.typeError("first argument must be a string, not "
                    + dev.weft.runtime.Types.name(o));
        }
        return s;
    }
}
