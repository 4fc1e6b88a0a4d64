// SPDX-License-Identifier: Apache-2.0
package dev.weft;

/**
 * What a script may reach outside the interpreter. An embedder grants each one through
 * {@link Weft.Builder#allow}; the {@code weft} command grants them all. A script that uses one
 * it was not granted gets a {@code PermissionError} naming it.
 */
public enum Capability {
    /** Reading and writing files and directories: {@code open}, {@code os}, {@code pathlib}. */
    FILES("file system access"),
    /** Sockets, DNS and HTTP. */
    NETWORK("network access"),
    /** Environment variables, the working directory and other process state. */
    ENVIRONMENT("access to the process environment"),
    /** Starting other programs ({@code subprocess}). */
    SUBPROCESS("starting processes"),
    /** Java classes by name ({@code import java...}), limited further by the allow-list. */
    HOST_CLASSES("access to Java classes");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** The capability in words, as the PermissionError says it. */
    public String description() {
        return description;
    }
}
