try:
    pass
except*:  # expect error: expected one or more exception types
    pass
