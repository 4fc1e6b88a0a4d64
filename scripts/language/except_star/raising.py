# except* clauses that raise: re-raised parts keep the original's shape; new exceptions join
# them in a new group; a naked exception that is re-raised stays naked.
def show(e, indent=""):
    print(indent + repr(e), "cause=" + repr(e.__cause__), "context=" + type(e.__context__).__name__)


def run(body):
    try:
        body()
    except BaseException as e:
        show(e)
    else:
        print("nothing escaped")


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass


def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def new_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


def from_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e


def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise KeyError(2)


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("instead")


def raise_the_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


def bad_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


def not_a_class():
    try:
        raise ValueError(1)
    except* 42:
        pass


for f in (bare_reraise, reraise_all, new_exception, new_and_rest, from_clause, two_new,
          naked_reraise, naked_new, raise_the_match, bad_type, bad_tuple, not_a_class):
    print("--", f.__name__)
    run(f)


def nested_details():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


try:
    nested_details()
except ExceptionGroup as g:
    print(repr(g), g.message == "")
    for sub in g.exceptions:
        show(sub, "  ")
