try:
    [][0]
except IndexError:
    x = 1 + None
