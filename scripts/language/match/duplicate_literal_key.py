match {}:
    case {"a": 1, "b": 2, "a": 3}:  # expect error: mapping pattern checks duplicate key ('a')
        pass
