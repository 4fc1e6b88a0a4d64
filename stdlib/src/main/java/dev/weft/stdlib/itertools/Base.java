// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.itertools;

import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftType;

/** An itertools iterator: knows its class (an itertools type, or a user subclass of one). */
abstract class Base extends WeftIterator {
    private final WeftType type;

    Base(WeftType type) {
        this.type = type;
    }

    @Override
    public final WeftType type() {
        return type;
    }
}
