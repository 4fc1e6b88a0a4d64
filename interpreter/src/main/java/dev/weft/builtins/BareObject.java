// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.Types;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;

/** An instance of {@code object} itself: no attributes of its own, only identity. */
final class BareObject implements WeftObject {
    @Override
    public WeftType type() {
        return Types.OBJECT;
    }
}
