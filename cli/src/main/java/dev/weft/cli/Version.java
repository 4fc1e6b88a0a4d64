// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli;

import picocli.CommandLine.IVersionProvider;

/** What {@code weft --version} prints. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Weft 0.1.0 (Python 3.11 language level) on Java "
                + System.getProperty("java.version")};
    }
}
