// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

/**
 * Work that must run when control leaves a construct early (return, break, continue): a finally
 * body, a with statement's {@code __exit__}, an except block restoring the handled exception.
 */
interface Cleanup {
    /** Emits the exit work; the handler in force is the one outside the construct. */
    void emitExit(CodeGen g);

    /** The exception handler outside the construct. */
    Label outerHandler();
}
