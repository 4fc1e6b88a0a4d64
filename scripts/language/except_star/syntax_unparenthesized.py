try:
    pass
except* ValueError, TypeError:  # expect error: multiple exception types must be parenthesized
    pass
