match (1, 2):
    case (x, [y, x]):  # expect error: multiple assignments to name 'x' in pattern
        pass
