# traceback: exact
# A group as the cause of a plain exception, and a group raised from inside a group handler.
try:
    raise ExceptionGroup("first", [ValueError(1)])
except ExceptionGroup as g:
    try:
        raise RuntimeError("from the group") from g
    except RuntimeError as r:
        raise BaseExceptionGroup("second", [r, KeyboardInterrupt()])
