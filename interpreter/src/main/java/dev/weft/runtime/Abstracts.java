// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code __abstractmethods__}: the names abc.ABCMeta finds abstract, kept in the class's own
 * dict; while it is non-empty, {@code object.__new__} refuses to make instances.
 */
public final class Abstracts {
    private Abstracts() {}

    static void register() {
        Types.TYPE.define("__abstractmethods__", new GetSet("__abstractmethods__", (t, o) -> {
            Object names = o instanceof WeftType c ? c.dict().getStr("__abstractmethods__") : null;
            if (names == null) {
                throw Errors.attributeError("__abstractmethods__");
            }
            return names;
        }, (t, o, v) -> {
            WeftType c = (WeftType) o;
            if (c.isBuiltin()) {
                throw Errors.typeError("cannot set '__abstractmethods__' attribute of immutable"
                        + " type '" + c.name() + "'");
            }
            c.setAttr("__abstractmethods__", v);
            c.setAbstract(Truth.isTrue(t, v));
        }));
    }

    /** CPython 3.11's refusal, naming the abstract methods in sorted order. */
    static WeftError cannotInstantiate(Fiber t, WeftType cls) {
        List<String> names = new ArrayList<>();
        for (Object o : Iter.toArray(t, cls.dict().getStr("__abstractmethods__"))) {
            names.add(o instanceof String s ? s : Reprs.str(t, o));
        }
        names.sort(Strings::compare);
        return Errors.typeError("Can't instantiate abstract class " + cls.name()
                + " with abstract method" + (names.size() == 1 ? " " : "s ")
                + String.join(", ", names));
    }
}
