match 1:
    case 1 as _:  # expect error: cannot use '_' as a target
        pass
