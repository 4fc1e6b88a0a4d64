// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

/**
 * Private name mangling: inside a class, {@code __spam} (not ending in two underscores) is
 * stored as {@code _Class__spam}, so a subclass's {@code self.__x} is another attribute.
 */
final class Mangling {
    private Mangling() {}

    /** {@code name} as written in class {@code owner} (null: outside any class). */
    static String mangle(String owner, String name) {
        if (owner == null || !name.startsWith("__") || name.endsWith("__")
                || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < owner.length() && owner.charAt(i) == '_') {
            i++;
        }
        if (i == owner.length()) {
            return name; // a class named only with underscores mangles nothing
        }
        return "_" + owner.substring(i) + name;
    }
}
