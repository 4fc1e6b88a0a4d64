// SPDX-License-Identifier: Apache-2.0
package dev.weft.modules;

import dev.weft.ast.ModuleAst;
import dev.weft.compile.Compiler;
import dev.weft.cps.CallSite;
import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.NativeSite;
import dev.weft.cps.Step;
import dev.weft.parse.Parser;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftTuple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds and loads modules: already loaded ones from {@code sys.modules}, registered ones (Java
 * or Weft source from a {@link dev.weft.Library}), then {@code NAME.weft} / {@code NAME.py} files
 * and packages along {@code sys.path}. Module code runs on the importing fiber's trampoline,
 * so a module body may call and even suspend like any other code. Each module executes once.
 */
public final class Importer {
    private final Interpreter interp;
    private final ModuleRegistry registry;
    private final WeftDict modules = new WeftDict();
    private final WeftList path = new WeftList();

    public Importer(Interpreter interp, ModuleRegistry registry) {
        this.interp = interp;
        this.registry = registry;
    }

    /** sys.modules. */
    public WeftDict modules() {
        return modules;
    }

    /** sys.path: the directories searched for module files. */
    public WeftList path() {
        return path;
    }

    public ModuleRegistry registry() {
        return registry;
    }

    /** Imports {@code name} (relative when level > 0) and reports the module to {@code site}. */
    public Step load(Fiber t, CallSite site, String name, int level, boolean topLevel) {
        String absolute = level > 0 ? resolveRelative(t, name, level) : name;
        return loadPart(t, new Chain(this, site, absolute.split("\\."), topLevel), 0, null);
    }

    private String resolveRelative(Fiber t, String name, int level) {
        Object pkg = t.frame.globals.getStr("__package__");
        if (!(pkg instanceof String p) || p.isEmpty()) {
            throw Errors.of(ErrorTypes.IMPORT_ERROR,
                    "attempted relative import with no known parent package");
        }
        String base = p;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.of(ErrorTypes.IMPORT_ERROR,
                        "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Loads part {@code i} of the chain's dotted name (its parents are loaded). */
    Step loadPart(Fiber t, Chain chain, int i, WeftModule parent) {
        String full = chain.prefix(i);
        Object cached = modules.getStr(full);
        if (cached instanceof WeftModule m) {
            return chain.loaded(t, i, m);
        }
        ModuleRegistry.Entry entry = registry.find(full);
        if (entry != null && entry.populator() != null) {
            WeftModule m = new WeftModule(full, new WeftDict(), null);
            m.dict().putStr("__package__", packageOf(full, false));
            modules.putStr(full, m);
            entry.populator().populate(interp, m);
            dev.weft.runtime.WeftBuiltin.claimAll(m.dict(), full);
            return chain.loaded(t, i, m);
        }
        if (entry != null) {
            return execute(t, chain, i, full, entry.source().get(), entry.origin(), null);
        }
        Path file = find(full, chain.parts[i], parent);
        if (file == null) {
            return t.raise(notFound(full), chain.site);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return t.raise(Errors.of(ErrorTypes.IMPORT_ERROR, "cannot read " + file + ": "
                    + e.getMessage()), chain.site);
        }
        boolean pkg = file.getFileName().toString().startsWith("__init__.");
        return execute(t, chain, i, full, text, file.toString(), pkg ? file.getParent() : null);
    }

    private Step execute(Fiber t, Chain chain, int i, String name, String text, String origin,
            Path packageDir) {
        Code code;
        try {
            ModuleAst ast = Parser.parse(text, origin);
            code = Compiler.compileModule(ast, false);
            dev.weft.runtime.Warnings.compiled(t.interp, code);
        } catch (dev.weft.parse.SyntaxError se) {
            return t.raise(Errors.fromSyntax(se), chain.site);
        }
        WeftModule m = new WeftModule(name, new WeftDict(), origin);
        m.dict().putStr("__package__", packageOf(name, packageDir != null));
        if (packageDir != null) {
            m.dict().putStr("__path__", new WeftList(new Object[] {packageDir.toString()}));
        }
        modules.putStr(name, m);
        Frame f = new Frame(code, m.dict());
        f.owner = new ModuleOwner(modules, name);
        return t.enter(f, new PartSite(chain, i, m));
    }

    private static String packageOf(String name, boolean isPackage) {
        if (isPackage) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** A module file or package for {@code full} along sys.path (or the parent's __path__). */
    private Path find(String full, String last, WeftModule parent) {
        Object dirs = path;
        if (parent != null) {
            dirs = parent.dict().getStr("__path__");
            if (!(dirs instanceof WeftList)) {
                return null;
            }
        }
        WeftList list = (WeftList) dirs;
        for (int k = 0; k < list.size(); k++) {
            if (!(list.get(k) instanceof String dir)) {
                continue;
            }
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            for (String candidate : new String[] {last + ".weft", last + ".py",
                    last + "/__init__.weft", last + "/__init__.py"}) {
                Path p = base.resolve(candidate);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private WeftError notFound(String name) {
        WeftError e = new WeftError(ErrorTypes.MODULE_NOT_FOUND_ERROR,
                WeftTuple.of("No module named '" + name + "'"));
        e.dict().putStr("name", name);
        StringBuilder searched = new StringBuilder();
        for (int k = 0; k < path.size(); k++) {
            String dir = String.valueOf(path.get(k));
            // '' on sys.path is the current directory, as in CPython
            searched.append(k == 0 ? "" : ", ").append(dir.isEmpty() ? "." : dir);
        }
        e.setHint("searched: " + (searched.length() == 0 ? "(no directories)" : searched)
                + " and the " + registry.names().size() + " standard modules");
        return e;
    }

    /**
     * {@code from package import name} where name is a submodule not yet imported: imports it
     * now (a nested run). Null when there is no such submodule.
     */
    public Object submoduleOrNull(Fiber t, WeftModule pkg, String name) {
        String full = pkg.name() + "." + name;
        if (registry.find(full) == null && find(full, name, pkg) == null) {
            return null;
        }
        return importNested(t, full);
    }

    /** Imports a module from Java code, running its body in a nested trampoline. */
    public WeftModule importNested(Fiber t, String name) {
        NativeSite site = new NativeSite();
        return (WeftModule) t.runNested(load(t, site, name, 0, false), site);
    }

    /** Walks a dotted name one module at a time, then reports to the import's call site. */
    static final class Chain {
        final Importer importer;
        final CallSite site;
        final String[] parts;
        final boolean topLevel;
        WeftModule top;

        Chain(Importer importer, CallSite site, String[] parts, boolean topLevel) {
            this.importer = importer;
            this.site = site;
            this.parts = parts;
            this.topLevel = topLevel;
        }

        String prefix(int i) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 0, i + 1));
        }

        Step loaded(Fiber t, int i, WeftModule m) {
            if (i == 0) {
                top = m;
            } else {
                WeftModule parent = (WeftModule) importer.modules.getStr(prefix(i - 1));
                parent.dict().putStr(parts[i], m);
            }
            if (i == parts.length - 1) {
                return site.returned(t, topLevel ? top : m);
            }
            return importer.loadPart(t, this, i + 1, m);
        }
    }

    /** Waits for one module body to finish, then continues the chain. */
    private static final class PartSite extends CallSite {
        private final Chain chain;
        private final int index;
        private final WeftModule module;

        PartSite(Chain chain, int index, WeftModule module) {
            this.chain = chain;
            this.index = index;
            this.module = module;
            this.line = chain.site.line;
            this.pos = chain.site.pos;
            this.handler = chain.site.handler;
        }

        @Override
        public Step returned(Fiber t, Object value) {
            return chain.loaded(t, index, module);
        }

        @Override
        public boolean isBoundary() {
            return chain.site.isBoundary();
        }

        @Override
        public Step unwound(Fiber t, WeftError e) {
            return chain.site.unwound(t, e);
        }

        @Override
        public int lineForTraceback() {
            return chain.site.lineForTraceback();
        }
    }
}
