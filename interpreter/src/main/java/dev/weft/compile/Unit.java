// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.ModuleAst;
import java.util.Map;

/** What every code object of one module shares while compiling: the source and its scopes. */
final class Unit {
    final ModuleAst module;
    final Map<Object, Scope> scopes;
    final Suspends suspends = new Suspends();
    /** REPL mode: top-level expression statements echo their value. */
    final boolean interactive;
    /** {@code from __future__ import annotations}: annotations are kept as strings. */
    final boolean futureAnnotations;
    final AnnotationText annotationText;

    Unit(ModuleAst module, Map<Object, Scope> scopes, boolean interactive) {
        this.module = module;
        this.scopes = scopes;
        this.interactive = interactive;
        this.futureAnnotations = AnnotationCode.futureAnnotations(module.body());
        this.annotationText = new AnnotationText(module);
    }

    Scope scopeOf(Object node) {
        Scope s = scopes.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node);
        }
        return s;
    }
}
