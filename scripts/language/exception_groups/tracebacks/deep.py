# traceback: exact
# Groups nested more than 10 deep stop at "... (max_group_depth is 10)".
def nest(depth):
    if depth == 0:
        return ValueError("bottom")
    try:
        raise ExceptionGroup(f"level {depth}", [nest(depth - 1), KeyError(depth)])
    except ExceptionGroup as e:
        return e


raise nest(12)
