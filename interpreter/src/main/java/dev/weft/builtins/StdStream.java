// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Output;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftRepresentable;
import dev.weft.runtime.WeftType;

/** sys.stdout and sys.stderr: text streams over the interpreter's outputs. */
public final class StdStream implements WeftObject, WeftRepresentable {
    static final WeftType TYPE = WeftType.builtin("TextIOWrapper", Types.OBJECT);

    static {
        TYPE.define("write", WeftBuiltin.method("write", StdStream::write));
        TYPE.define("flush", WeftBuiltin.method("flush", (t, a, k) -> {
            ((StdStream) a[0]).output.flush();
            return WeftNone.NONE;
        }));
        TYPE.define("isatty", WeftBuiltin.method("isatty", (t, a, k) -> Boolean.FALSE));
        TYPE.define("writable", WeftBuiltin.method("writable", (t, a, k) -> Boolean.TRUE));
    }

    private final String name;
    private final Output output;

    public StdStream(String name, Output output) {
        this.name = name;
        this.output = output;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    public Output output() {
        return output;
    }

    private static Object write(Fiber t, Object[] a, String[] k) {
        Sig.exactly("write", a, k, 2);
        String s = dev.weft.runtime.ValueInstance.str(a[1]);
        if (s == null) {
            throw Errors.typeError("write() argument must be str, not " + Types.name(a[1]));
        }
        ((StdStream) a[0]).output.write(s);
        return (long) s.codePointCount(0, s.length());
    }

    @Override
    public String repr(Fiber t) {
        return "<_io.TextIOWrapper name='<" + name + ">' mode='w' encoding='utf-8'>";
    }
}
