// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

/**
 * The compiled, immutable form of a function, lambda, comprehension, class body or module: its
 * continuation graph entry, its frame layout and its parameter shape.
 */
public final class Code {
    /** What running the code produces. */
    public enum Kind { FUNCTION, GENERATOR, COROUTINE, ASYNC_GENERATOR, MODULE, CLASS_BODY }

    public final String name;
    public final String qualname;
    public final String file;
    /** The whole source text, for traceback lines. */
    public final String source;
    public final int firstLine;
    public final Kind kind;

    // ---- frame layout, filled by the compiler ----
    public int nslots;
    /** Slot names for messages (unbound locals) and debugging; temporaries have null. */
    public String[] slotNames;
    /** Parameter slots whose variable is captured by a closure: wrapped in a cell at entry. */
    public int[] cellParams = new int[0];
    /** Non-parameter cell slots: get a fresh empty cell at entry. */
    public int[] cellLocals = new int[0];
    /** Slots receiving the function's closure cells, in order. */
    public int[] freeSlots = new int[0];
    public Step entry;
    /** Source positions of the operations that can raise; nodes and steps index into it. */
    public Position[] positions = new Position[0];
    /** Compile-time SyntaxWarnings, formatted as CPython prints them ("" when none). */
    public String warnings = "";
    /**
     * The argument count a call may bind by plain copying (a plain function with only positional
     * parameters and no cells or closure), or -1.
     */
    public int simpleCall = -1;

    // ---- parameters: slots 0.. hold positional, then keyword-only, then *args, then **kwargs ----
    public int argcount;
    public int posonlycount;
    public int kwonlycount;
    public boolean varargs;
    public boolean varkw;
    /** Parameter names in slot order. */
    public String[] paramNames = new String[0];

    public Code(String name, String qualname, String file, String source, int firstLine, Kind kind) {
        this.name = name;
        this.qualname = qualname;
        this.file = file;
        this.source = source;
        this.firstLine = firstLine;
        this.kind = kind;
    }

    /** Total parameter slots including *args and **kwargs. */
    public int paramCount() {
        return argcount + kwonlycount + (varargs ? 1 : 0) + (varkw ? 1 : 0);
    }

    /** True for the simple shape that binds positional arguments by copying. */
    public boolean isSimple() {
        return kwonlycount == 0 && !varargs && !varkw;
    }

    @Override
    public String toString() {
        return "<code " + qualname + " at " + file + ":" + firstLine + ">";
    }
}
