// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** JSON string quoting, as json.dumps writes strings. */
class JsonStringsTest {
    @Test
    void asciiEscapesEverythingOutsidePrintableAscii() {
        assertEquals("\"\\u00e9\\ud83d\\ude00\\n\\\"\\\\\\u007f\"",
                JsonStrings.quote("é\uD83D\uDE00\n\"\\\u007f", true));
    }

    @Test
    void nonAsciiKeepsCharactersButEscapesControls() {
        assertEquals("\"é\\u0001\\t\u007f\"", JsonStrings.quote("é\u0001\t\u007f", false));
    }
}
