// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Alias;
import dev.weft.ast.Stmt;
import dev.weft.nodes.Modules;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.steps.ImportStep;

/** import and from-import statements. */
final class Imports {
    private Imports() {}

    static void compileImport(CodeGen g, Stmt.Import s) {
        for (Alias a : s.names()) {
            int slot = g.temp();
            boolean top = a.asname() == null;
            ImportStep step = g.add(new ImportStep(a.name(), 0, top, slot));
            g.asm.fallInto(x -> step.next = x);
            String bound = top ? a.name().split("\\.")[0] : a.asname();
            g.emit(g.targets.storeName(bound, new TempLoad(slot)));
        }
    }

    static void compileFrom(CodeGen g, Stmt.ImportFrom s) {
        int slot = g.temp();
        String module = s.module() == null ? "" : s.module();
        ImportStep step = g.add(new ImportStep(module, s.level(), false, slot));
        g.asm.fallInto(x -> step.next = x);
        for (Alias a : s.names()) {
            if (a.name().equals("*")) {
                g.emit(new Modules.ImportStar(new TempLoad(slot)));
            } else {
                String bound = a.asname() != null ? a.asname() : a.name();
                g.emit(g.targets.storeName(bound, new Modules.ImportFrom(new TempLoad(slot),
                        a.name())));
            }
        }
    }
}
