x = {}
del x[1]
