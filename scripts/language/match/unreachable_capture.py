def f(x):
    match x:
        case [a]:
            return a
        case other:  # expect error: name capture 'other' makes remaining patterns unreachable
            return other
        case _:
            return None
