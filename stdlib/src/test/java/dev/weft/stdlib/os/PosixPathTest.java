// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.os;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** posixpath's corner cases, as CPython's posixpath.py answers them. */
class PosixPathTest {
    @Test
    void normpathKeepsTwoLeadingSlashesOnly() {
        assertEquals("//a/b", PosixPath.normpath("//a//b//"));
        assertEquals("/a", PosixPath.normpath("///a"));
        assertEquals("..", PosixPath.normpath("a/b/../../.."));
        assertEquals("/x", PosixPath.normpath("/../x"));
        assertEquals(".", PosixPath.normpath(""));
    }

    @Test
    void splitKeepsRootSlashes() {
        assertArrayEquals(new String[] {"//", "x"}, PosixPath.split("//x"));
        assertArrayEquals(new String[] {"/a/b", ""}, PosixPath.split("/a/b/"));
        assertArrayEquals(new String[] {"a", "b"}, PosixPath.split("a//b"));
    }

    @Test
    void splitextIgnoresLeadingDots() {
        assertArrayEquals(new String[] {".bashrc", ""}, PosixPath.splitext(".bashrc"));
        assertArrayEquals(new String[] {"a/b.tar", ".gz"}, PosixPath.splitext("a/b.tar.gz"));
        assertArrayEquals(new String[] {"a/.b", ".c"}, PosixPath.splitext("a/.b.c"));
    }

    @Test
    void expanduserAndRelpath() {
        assertEquals("/home/u/x", PosixPath.expanduser("~/x", "/home/u/"));
        assertEquals("/x", PosixPath.expanduser("~/x", "/"));
        assertEquals("~other/x", PosixPath.expanduser("~other/x", "/home/u"));
        assertEquals("../b/c", PosixPath.relpath("/a/b/c", "/a/d", "/"));
    }
}
