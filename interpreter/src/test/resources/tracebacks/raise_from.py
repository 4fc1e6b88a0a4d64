try:
    {}["a"]
except KeyError as e:
    raise TypeError("no") from e
