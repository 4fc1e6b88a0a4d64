match (1, 2):
    case (1, x) | (2, y):  # expect error: alternative patterns bind different names
        pass
