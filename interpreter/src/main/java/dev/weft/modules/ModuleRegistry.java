// SPDX-License-Identifier: Apache-2.0
package dev.weft.modules;

import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftModule;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The modules an interpreter can import without a file: written in Java (a populator fills the
 * module's namespace) or in Weft (source text shipped as a resource).
 */
public final class ModuleRegistry {
    /** Fills a freshly made module. */
    @FunctionalInterface
    public interface Populator {
        void populate(Interpreter interp, WeftModule module);
    }

    /** A registered module: exactly one of {@code populator} and {@code source} is set. */
    public record Entry(String name, Populator populator, Supplier<String> source, String origin) {}

    private final Map<String, Entry> entries = new TreeMap<>();

    /** Registers a module implemented in Java. */
    public void java(String name, Populator populator) {
        entries.put(name, new Entry(name, populator, null, null));
    }

    /** Registers a module written in Weft; {@code origin} names it in tracebacks. */
    public void source(String name, Supplier<String> source, String origin) {
        entries.put(name, new Entry(name, null, source, origin));
    }

    public Entry find(String name) {
        return entries.get(name);
    }

    /** The source of the Weft module traceback names {@code origin}, or null. */
    public String sourceOf(String origin) {
        for (Entry e : entries.values()) {
            if (e.source() != null && origin.equals(e.origin())) {
                return e.source().get();
            }
        }
        return null;
    }

    public Set<String> names() {
        return entries.keySet();
    }

    /** Reads a Weft source resource next to {@code anchor}'s package. */
    public static Supplier<String> resource(Class<?> anchor, String path) {
        return () -> {
            try (var in = anchor.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + path);
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }
}
