"""Helper module with a docstring."""
VALUE = 1

def helper():
    pass
