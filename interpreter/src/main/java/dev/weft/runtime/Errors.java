// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** Makes the exceptions the runtime raises, in CPython's words. Callers {@code throw} them. */
public final class Errors {
    private Errors() {}

    public static WeftError of(WeftType type, String message) {
        if (type.isSubtypeOf(ErrorTypes.OS_ERROR)) {
            return WeftOsError.make(type, new Object[] {message});
        }
        return new WeftError(type, WeftTuple.of(message));
    }

    public static WeftError typeError(String message) {
        return of(ErrorTypes.TYPE_ERROR, message);
    }

    public static WeftError valueError(String message) {
        return of(ErrorTypes.VALUE_ERROR, message);
    }

    public static WeftError indexError(String message) {
        return of(ErrorTypes.INDEX_ERROR, message);
    }

    public static WeftError keyError(Object key) {
        return new WeftError(ErrorTypes.KEY_ERROR, WeftTuple.of(key));
    }

    public static WeftError attributeError(String message) {
        return of(ErrorTypes.ATTRIBUTE_ERROR, message);
    }

    public static WeftError noAttribute(Object obj, String name) {
        if (obj instanceof WeftModule m) {
            return attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
        }
        if (obj instanceof WeftType t) {
            return attributeError("type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        return attributeError("'" + Types.name(obj) + "' object has no attribute '" + name + "'");
    }

    public static WeftError nameError(String name) {
        return of(ErrorTypes.NAME_ERROR, "name '" + name + "' is not defined");
    }

    public static WeftError unboundLocal(String name) {
        return of(ErrorTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    public static WeftError unboundFree(String name) {
        return of(ErrorTypes.NAME_ERROR, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }

    public static WeftError zeroDivision(String message) {
        return of(ErrorTypes.ZERO_DIVISION_ERROR, message);
    }

    public static WeftError overflow(String message) {
        return of(ErrorTypes.OVERFLOW_ERROR, message);
    }

    public static WeftError runtimeError(String message) {
        return of(ErrorTypes.RUNTIME_ERROR, message);
    }

    public static WeftError notImplemented(String message) {
        return of(ErrorTypes.NOT_IMPLEMENTED_ERROR, message);
    }

    public static WeftError recursionError() {
        return of(ErrorTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    /** The StopIteration a finished generator raises; a None value leaves args empty. */
    public static WeftError stopIteration(Object value) {
        return new WeftError(ErrorTypes.STOP_ITERATION,
                value == WeftNone.NONE ? WeftTuple.EMPTY : WeftTuple.of(value));
    }

    /** TypeError for an operator with unsupported operand types. */
    public static WeftError unsupported(String op, Object a, Object b) {
        return typeError("unsupported operand type(s) for " + op + ": '" + Types.name(a)
                + "' and '" + Types.name(b) + "'");
    }

    public static WeftError notSubscriptable(Object o) {
        return typeError("'" + Types.name(o) + "' object is not subscriptable");
    }

    public static WeftError notIterable(Object o) {
        return typeError("'" + Types.name(o) + "' object is not iterable");
    }

    public static WeftError notCallable(Object o) {
        return typeError("'" + Types.name(o) + "' object is not callable");
    }

    /** A parse-time syntax error as the Python SyntaxError (or subclass) object. */
    public static WeftError fromSyntax(dev.weft.parse.SyntaxError se) {
        WeftType type = ErrorTypes.ALL.getOrDefault(se.kind(), ErrorTypes.SYNTAX_ERROR);
        WeftError e = new WeftError(type, WeftTuple.of(se.getMessage()));
        WeftDict d = e.dict();
        d.putStr("msg", se.getMessage());
        d.putStr("filename", se.file());
        d.putStr("lineno", (long) se.line());
        d.putStr("offset", (long) se.col() + 1);
        d.putStr("text", se.sourceLine());
        return e;
    }
}
