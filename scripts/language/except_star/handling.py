# except*: each clause handles the part of the group it matches; the rest goes on.
import sys


def show(label, e):
    print(label, type(e).__name__, repr(e))


def run(body):
    try:
        body()
    except BaseException as e:
        show("escaped:", e)
    else:
        print("nothing escaped")


def two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        show("values:", e)
        print("exc_info is the match:", sys.exc_info()[1] is e)
    except* TypeError as e:
        show("types:", e)


def rest_escapes():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        print("handled ValueError")


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        show("wrapped:", e)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")


def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        show("tuple:", e)
    except* LookupError as e:
        show("lookup:", e)


def nested():
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("in", [TypeError(2),
                                                                           ValueError(3)])])
    except* ValueError as e:
        show("values:", e)


def each_clause_once():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError:
        print("first clause")
    except* ValueError:
        print("never: nothing is left")


def base_members():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        show("interrupt:", e)
    except* Exception as e:
        show("exception:", e)


def no_exception():
    try:
        print("body runs")
    except* ValueError:
        print("not here")
    else:
        print("else runs")
    finally:
        print("finally runs")


def handled_skips_else():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ValueError:
        print("handled")
    else:
        print("not here")
    finally:
        print("finally runs")
    print("after the try")


def unbinds_name():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("NameError:", e)


for f in (two_clauses, rest_escapes, naked, naked_unmatched, tuple_clause, nested,
          each_clause_once, base_members, no_exception, handled_skips_else, unbinds_name):
    print("--", f.__name__)
    run(f)
