// SPDX-License-Identifier: Apache-2.0
package dev.weft;

import dev.weft.runtime.WeftError;

/**
 * A script's uncaught exception as the embedding API reports it: the Python exception type
 * name, its message, and the traceback formatted as CPython prints it.
 */
public class WeftException extends RuntimeException {
    private final String pythonType;
    private final String traceback;
    private final transient WeftError error;

    WeftException(String pythonType, String message, String traceback, WeftError error) {
        super(message.isEmpty() ? pythonType : pythonType + ": " + message, null, false, false);
        this.pythonType = pythonType;
        this.traceback = traceback;
        this.error = error;
    }

    /** The exception's class name, e.g. {@code ZeroDivisionError}. */
    public String pythonType() {
        return pythonType;
    }

    /** The whole traceback text, ending with the {@code Type: message} line. */
    public String traceback() {
        return traceback;
    }

    /** The script-level exception object (null for syntax errors found before running). */
    public WeftError error() {
        return error;
    }
}
