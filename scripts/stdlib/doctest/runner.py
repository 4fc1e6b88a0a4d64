# The parser, runner and checker used directly, with flags, output capture and failures that
# raise.
import doctest

parser = doctest.DocTestParser()
text = """
Some text.

>>> x = [1, 2, 3]
>>> x    # doctest: +NORMALIZE_WHITESPACE
[1,
 2, 3]
>>> print("a\\n\\nb")
a
<BLANKLINE>
b
>>> print(list(range(100)))   # doctest: +ELLIPSIS
[0, 1, ..., 99]
>>> print("head ... tail")    # doctest: +ELLIPSIS
head ...
>>> 1 / 0
Traceback (most recent call last):
ZeroDivisionError: division by zero
>>> raise KeyError("k")
Traceback (most recent call last):
KeyError: 'other'
>>> undefined_name
42
"""
test = parser.get_doctest(text, {}, "sample", "sample.txt", 10)
print(test, len(test.examples), [e.lineno for e in test.examples])
print([(e.source, e.want, e.exc_msg, e.options) for e in test.examples[:2]])
print(test.examples[5].exc_msg, test.examples[5].want)

collected = []
runner = doctest.DocTestRunner(verbose=False)
result = runner.run(test, out=collected.append)
print(result, runner.failures, runner.tries)
report = "".join(collected)
print(report.splitlines()[0])
print("\n".join(line for line in report.splitlines()[:5]))
print(report.splitlines()[-1])
print("Exception raised:" in report, "NameError: name 'undefined_name' is not defined" in report)
print([line for line in report.splitlines() if line.startswith("    KeyError")])
print(test.globs)

test = parser.get_doctest(">>> 2 + 2\n5\n>>> print('ok')\nok\n", {}, "two", None, 0)
flags = doctest.REPORT_ONLY_FIRST_FAILURE
out = []
print(doctest.DocTestRunner(optionflags=flags).run(test, out=out.append), "".join(out))

checker = doctest.OutputChecker()
for want, got, flags in [("1\n", "True\n", 0), ("a   b\n", "a b\n", doctest.NORMALIZE_WHITESPACE),
                         ("x...z\n", "xyyyz\n", doctest.ELLIPSIS), ("aa...aa\n", "aaa\n", doctest.ELLIPSIS),
                         ("<BLANKLINE>\n", "\n", 0), ("<BLANKLINE>\n", "\n", doctest.DONT_ACCEPT_BLANKLINE),
                         ("é\n", "é\n", 0), ("...\n", "anything\n", doctest.ELLIPSIS)]:
    print(repr(want), repr(got), checker.check_output(want, got, flags))

test = parser.get_doctest(">>> raise ValueError('v')\n>>> 1\n2\n", {}, "dbg", "dbg.py", 0)
try:
    doctest.DebugRunner(verbose=False).run(test)
except doctest.UnexpectedException as e:
    print("UnexpectedException", e.example.source.strip(), e.exc_info[0].__name__, e.exc_info[1])
test = parser.get_doctest(">>> 1\n2\n", {}, "dbg2", "dbg.py", 0)
try:
    doctest.DebugRunner(verbose=False).run(test)
except doctest.DocTestFailure as e:
    print("DocTestFailure", repr(e.got), e.example.want, str(e))

def documented(n):
    """
    >>> documented(3)
    9
    >>> documented(2)
    5
    """
    return n * n

collected = []
doctest.run_docstring_examples(documented, {"documented": documented}, name="documented")
import sys
print(doctest.testsource(sys.modules["__main__"], "__main__.documented"))
print(doctest.script_from_examples("Intro\n>>> a = 1\n>>> a\n1\nOutro\n"))
