# traceback: exact
# An uncaught group: nested groups, members with their own tracebacks, chaining and notes.
def fail(n):
    raise ValueError(f"bad {n}")


def collect():
    errors = []
    for n in range(2):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    try:
        {}["missing"]
    except KeyError as e:
        try:
            raise TypeError("while handling") from e
        except TypeError as t:
            t.add_note("a note on a member\nwith two lines")
            errors.append(t)
    inner = ExceptionGroup("inner", [OSError(2, "no file"), ZeroDivisionError("zero")])
    errors.append(inner)
    group = ExceptionGroup("many problems", errors)
    group.add_note("a note on the group")
    raise group


collect()
