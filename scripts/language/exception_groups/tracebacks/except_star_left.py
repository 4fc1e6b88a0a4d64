# traceback: exact
# What except* leaves unhandled, and what its clauses raise, escape as one group.
def work():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("raised in a clause")
    except* TypeError:
        raise


work()
