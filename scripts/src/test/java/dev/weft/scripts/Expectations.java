// SPDX-License-Identifier: Apache-2.0
package dev.weft.scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a behaviour script says about itself in comments:
 * <pre>
 * print(1 + 2)          # expect: 3
 * x = nope              # expect runtime error: NameError: name 'nope' is not defined
 * def f(:               # expect error: invalid syntax
 * # stdin: a line of input
 * # args: one two
 * # exit: 3
 * # python: no          (not part of the CPython comparison: uses Weft-only features)
 * # skip: waiting for the scheduler
 * # virtual-time: yes   (sleeps finish at once, in order)
 * # stderr: some text   (standard error must contain it: task reports, deadlocks)
 * # traceback: exact    (against CPython, the whole standard error must be the same)
 * # oracle: gevent      (compare with the gevent oracle; implied by importing gevent or greenlet)
 * </pre>
 * Expected output may contain addresses and timestamps that stand for any (see
 * {@link Placeholders}).
 */
final class Expectations {
    private static final Pattern EXPECT = Pattern.compile("# expect: ?(.*)$");
    private static final Pattern RUNTIME = Pattern.compile("# expect runtime error: (.*)$");
    private static final Pattern SYNTAX = Pattern.compile("# expect error: (.*)$");
    private static final Pattern DIRECTIVE =
            Pattern.compile("^\\s*# (stdin|args|exit|python|skip|recursion-limit|virtual-time"
                    + "|stderr|traceback|oracle): ?(.*)$");

    final List<String> stdout = new ArrayList<>();
    final List<String> stdin = new ArrayList<>();
    final List<String> args = new ArrayList<>();
    String runtimeError;
    int runtimeErrorLine;
    String syntaxError;
    int syntaxErrorLine;
    Integer exit;
    boolean python = true;
    String skip;
    Integer recursionLimit;
    boolean virtualTime;
    /** The CPython comparison covers all of standard error, tracebacks included. */
    boolean exactStderr;
    /** Text the standard error must contain (reports that are not exceptions). */
    final List<String> stderr = new ArrayList<>();
    /** The oracle the differential run compares with. */
    CPython oracle = CPython.PLAIN;

    private static final Pattern USES_GEVENT =
            Pattern.compile("(?m)^\\s*(import|from)\\s+(gevent|greenlet)\\b");

    static Expectations parse(String source) {
        Expectations e = new Expectations();
        if (USES_GEVENT.matcher(source).find()) {
            e.oracle = CPython.GEVENT;
        }
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            e.line(lines[i], i + 1);
        }
        return e;
    }

    private void line(String text, int number) {
        Matcher m = RUNTIME.matcher(text);
        if (m.find()) {
            runtimeError = m.group(1);
            runtimeErrorLine = number;
            return;
        }
        m = SYNTAX.matcher(text);
        if (m.find()) {
            syntaxError = m.group(1);
            syntaxErrorLine = number;
            return;
        }
        m = EXPECT.matcher(text);
        if (m.find()) {
            stdout.add(m.group(1));
            return;
        }
        m = DIRECTIVE.matcher(text);
        if (m.find()) {
            directive(m.group(1), m.group(2));
        }
    }

    private void directive(String name, String value) {
        switch (name) {
            case "stdin" -> stdin.add(value);
            case "args" -> args.addAll(List.of(value.trim().split("\\s+")));
            case "exit" -> exit = Integer.parseInt(value.trim());
            case "python" -> python = !value.trim().equals("no");
            case "skip" -> skip = value;
            case "recursion-limit" -> recursionLimit = Integer.parseInt(value.trim());
            case "virtual-time" -> virtualTime = !value.trim().equals("no");
            case "stderr" -> stderr.add(value);
            case "traceback" -> exactStderr = value.trim().equals("exact");
            case "oracle" -> oracle = value.trim().equals("gevent") ? CPython.GEVENT
                    : CPython.PLAIN;
            default -> throw new IllegalArgumentException(name);
        }
    }

    int expectedExit() {
        if (exit != null) {
            return exit;
        }
        if (syntaxError != null) {
            return 2;
        }
        return runtimeError != null ? 1 : 0;
    }
}
