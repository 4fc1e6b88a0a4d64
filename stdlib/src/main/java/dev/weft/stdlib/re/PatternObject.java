// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;

/** A compiled pattern as scripts hold it (re.Pattern). */
final class PatternObject implements WeftObject {
    final CompiledRegex re;
    /** The re.error class, raised for bad templates. */
    final Object errorClass;

    PatternObject(CompiledRegex re, Object errorClass) {
        this.re = re;
        this.errorClass = errorClass;
    }

    @Override
    public WeftType type() {
        return PatternType.PATTERN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatternObject p && p.re.flags == re.flags
                && p.re.source.equals(re.source);
    }

    @Override
    public int hashCode() {
        return re.source.hashCode() * 31 + re.flags;
    }
}
