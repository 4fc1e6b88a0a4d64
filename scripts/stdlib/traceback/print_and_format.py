# traceback: an exception printed or formatted as the interpreter prints an uncaught one.
# stderr: Traceback (most recent call last):
# stderr: in fail
# stderr: KeyError: 'printed'
import sys
import traceback


def fail(key):
    raise KeyError(key)


try:
    fail("formatted")
except KeyError as e:
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    # expect: Traceback (most recent call last):
    print(lines[-1], end="")
    # expect: KeyError: 'formatted'
    print("".join(lines) == traceback.format_exc(), traceback.format_exception_only(e))
    # expect: True ["KeyError: 'formatted'\n"]
    print(traceback.format_exception(type(e), e, None)[-1], end="")
    # expect: KeyError: 'formatted'

print(traceback.format_exc(), end="")
# expect: NoneType: None


class Collect:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


out = Collect()
try:
    fail("to a file")
except KeyError as e:
    traceback.print_exception(e, file=out)
    traceback.print_exc(file=out)
print(out.text.count("Traceback"), out.text.splitlines()[-1])
# expect: 2 KeyError: 'to a file'
try:
    fail("printed")
except KeyError:
    traceback.print_exc()
