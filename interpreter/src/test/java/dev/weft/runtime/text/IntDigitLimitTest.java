// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** sys.set_int_max_str_digits: the limit is global, so this test restores it. */
@Isolated
class IntDigitLimitTest {
    @Test
    void limitCanBeChangedAndDisabled() {
        assertEquals(IntDigitLimit.DEFAULT, IntDigitLimit.get());
        try {
            IntDigitLimit.set(640);
            Expect.error("ValueError", "Exceeds the limit (640 digits) for integer string "
                    + "conversion: value has 641 digits; use sys.set_int_max_str_digits() to "
                    + "increase the limit", () -> IntParse.parse("1".repeat(641)));
            IntDigitLimit.set(0);
            BigInteger big = BigInteger.TEN.pow(5000);
            assertEquals(big, IntParse.parse(big.toString()));
            assertEquals(big.toString(), IntParse.toString(big));
            Expect.error("ValueError", "maxdigits must be 0 or larger than 640",
                    () -> IntDigitLimit.set(5));
        } finally {
            IntDigitLimit.set(IntDigitLimit.DEFAULT);
        }
    }
}
