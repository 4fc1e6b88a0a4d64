// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.os;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftType;
import java.util.ArrayList;
import java.util.List;

/**
 * posixpath's string operations (join, split, splitext, normpath...), written to give exactly
 * what CPython's posixpath.py gives, including its corner cases ('//x', trailing slashes).
 */
final class PosixPath {
    private PosixPath() {}

    /** os.fspath: a str, or what __fspath__ returns; the message names the caller's style. */
    static String fspath(Fiber t, Object p, String joinName) {
        if (p instanceof String s) {
            return s;
        }
        if (dev.weft.runtime.ValueInstance.str(p) != null
                && Types.of(p).lookup("__fspath__") == null) {
            return dev.weft.runtime.ValueInstance.str(p);
        }
        WeftType type = Types.of(p);
        Object f = type.isBuiltin() ? null : type.lookup("__fspath__");
        if (f != null) {
            Object r = Calls.callDirect(t, f, p);
            if (r instanceof String s) {
                return s;
            }
        }
        if (joinName != null) {
            throw Errors.typeError(joinName + "() argument must be str, bytes, or os.PathLike"
                    + " object, not '" + type.name() + "'");
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + type.name());
    }

    static String join(Fiber t, Object first, Object[] rest) {
        String path = fspath(t, first, null);
        for (Object o : rest) {
            String b = fspath(t, o, "join");
            if (b.startsWith("/")) {
                path = b;
            } else if (path.isEmpty() || path.endsWith("/")) {
                path += b;
            } else {
                path += "/" + b;
            }
        }
        return path;
    }

    /** (head, tail): tail is everything after the last slash; head keeps '//' roots. */
    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        String tail = p.substring(i);
        if (!head.isEmpty() && !head.equals("/".repeat(head.length()))) {
            head = stripTrailingSlashes(head);
        }
        return new String[] {head, tail};
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    static String basename(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    static String dirname(String p) {
        return split(p)[0];
    }

    /** (root, ext): ext is the last dot and what follows, unless the dot starts the name. */
    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            int filenameIndex = sep + 1;
            while (filenameIndex < dot) {
                if (p.charAt(filenameIndex) != '.') {
                    return new String[] {p.substring(0, dot), p.substring(dot)};
                }
                filenameIndex++;
            }
        }
        return new String[] {p, ""};
    }

    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? 1 : 0;
        // POSIX allows one or two initial slashes, but treats three or more as single slash
        if (initialSlashes == 1 && path.startsWith("//") && !path.startsWith("///")) {
            initialSlashes = 2;
        }
        List<String> parts = new ArrayList<>();
        for (String comp : path.split("/")) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || initialSlashes == 0 && parts.isEmpty()
                    || !parts.isEmpty() && parts.get(parts.size() - 1).equals("..")) {
                parts.add(comp);
            } else if (!parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            }
        }
        String joined = String.join("/", parts);
        joined = "/".repeat(initialSlashes) + joined;
        return joined.isEmpty() ? "." : joined;
    }

    static String abspath(String p, String cwd) {
        if (!p.startsWith("/")) {
            p = cwd.endsWith("/") ? cwd + p : cwd + "/" + p;
        }
        return normpath(p);
    }

    static String expanduser(String p, String home) {
        if (!p.startsWith("~")) {
            return p;
        }
        int i = p.indexOf('/', 1);
        if (i < 0) {
            i = p.length();
        }
        if (i != 1 || home == null) {
            // ~user needs the password database, which the JVM does not offer
            return p;
        }
        String userhome = stripTrailingSlashes(home);
        String result = userhome + p.substring(i);
        return result.isEmpty() ? "/" : result;
    }

    static String commonprefix(Fiber t, Object list) {
        Object[] items = Iter.toArray(t, list);
        if (items.length == 0) {
            return "";
        }
        String s1 = null;
        String s2 = null;
        for (Object o : items) {
            String s = fspath(t, o, null);
            if (s1 == null || s.compareTo(s1) < 0) {
                s1 = s;
            }
            if (s2 == null || s.compareTo(s2) > 0) {
                s2 = s;
            }
        }
        int i = 0;
        while (i < s1.length() && i < s2.length() && s1.charAt(i) == s2.charAt(i)) {
            i++;
        }
        return s1.substring(0, i);
    }

    static String relpath(String path, String start, String cwd) {
        if (path.isEmpty()) {
            throw Errors.valueError("no path specified");
        }
        String[] startList = nonEmpty(abspath(start, cwd));
        String[] pathList = nonEmpty(abspath(path, cwd));
        int i = 0;
        while (i < startList.length && i < pathList.length && startList[i].equals(pathList[i])) {
            i++;
        }
        List<String> rel = new ArrayList<>();
        for (int k = i; k < startList.length; k++) {
            rel.add("..");
        }
        for (int k = i; k < pathList.length; k++) {
            rel.add(pathList[k]);
        }
        return rel.isEmpty() ? "." : String.join("/", rel);
    }

    private static String[] nonEmpty(String p) {
        List<String> out = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out.toArray(new String[0]);
    }
}
