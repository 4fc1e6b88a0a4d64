// SPDX-License-Identifier: Apache-2.0
package dev.weft;

import dev.weft.modules.ModuleRegistry;

/**
 * A provider of importable modules, found with {@link java.util.ServiceLoader}: the
 * {@code stdlib} module implements it, so the interpreter never names a concrete module. List
 * implementations in {@code META-INF/services/dev.weft.Library}.
 */
public interface Library {
    /** Adds this library's modules to {@code registry}. */
    void register(ModuleRegistry registry);
}
