// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * The body of a builtin that runs to completion in Java. Arguments arrive vectorcall-style:
 * positional ones first, then one value per keyword, whose names are {@code kwnames} (null when
 * there are none). It may call back into script code through the fiber, but must not suspend.
 */
@FunctionalInterface
public interface NativeCode {
    Object call(Fiber t, Object[] args, String[] kwnames);
}
