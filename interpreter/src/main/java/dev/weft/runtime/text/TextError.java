// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/**
 * An error raised by the text utilities, carrying the name of the Python exception class it
 * stands for ({@code "ValueError"}, {@code "TypeError"}, {@code "OverflowError"} ...) and the
 * message worded exactly as CPython 3.11 words it. The interpreter maps it onto its own
 * exception objects, so the Java stack trace is never wanted and is not captured.
 */
public final class TextError extends RuntimeException {
    /** The Python exception class name, e.g. {@code "ValueError"}. */
    public final String pyType;

    public TextError(String pyType, String message) {
        super(message, null, false, false);
        this.pyType = pyType;
    }

    static TextError valueError(String message) {
        return new TextError("ValueError", message);
    }

    static TextError typeError(String message) {
        return new TextError("TypeError", message);
    }

    static TextError overflowError(String message) {
        return new TextError("OverflowError", message);
    }

    @Override
    public String toString() {
        return pyType + ": " + getMessage();
    }
}
