// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftRepresentable;
import dev.weft.runtime.WeftType;

/** A read-only view of a frame (gi_frame): enough for code that checks or names it. */
public final class FrameView implements WeftObject, WeftRepresentable {
    static final WeftType TYPE = WeftType.builtin("frame", Types.OBJECT);

    static {
        TYPE.define("f_code", GetSet.readOnly("f_code", (t, o) ->
                new CodeView(((FrameView) o).frame.code)));
        TYPE.define("f_locals", GetSet.readOnly("f_locals", (t, o) ->
                ObjectFunctions.locals(((FrameView) o).frame)));
    }

    private final Frame frame;

    FrameView(Frame frame) {
        this.frame = frame;
    }

    /** A view of {@code frame} (a suspended greenlet's gr_frame). */
    public static Object of(Frame frame) {
        return new FrameView(frame);
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public String repr(Fiber t) {
        return "<frame object for " + frame.code.qualname + ">";
    }
}
