// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Assertion helpers shared by the text tests. */
final class Expect {
    private Expect() {
    }

    /** Asserts that the action raises the Python exception type with exactly this message. */
    static void error(String pyType, String message, Executable action) {
        TextError e = assertThrows(TextError.class, action);
        assertEquals(pyType + ": " + message, e.toString());
    }
}
