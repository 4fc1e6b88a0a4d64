match 1:
    case _ | 1:  # expect error: wildcard makes remaining patterns unreachable
        pass
