# Captures are bound before the guard runs, and stay bound when it fails.
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case [c, d]:
        print(a, b, c, d)  # expect: 1 2 1 2
match 5:
    case int(v) | str(v) if v > 10:
        pass
    case _:
        print(v)  # expect: 5
print(match := 3, [case for case in range(2)])  # expect: 3 [0, 1]
