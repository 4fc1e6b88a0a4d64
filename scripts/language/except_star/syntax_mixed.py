try:
    pass
except* ValueError:
    pass
except KeyError:  # expect error: cannot have both 'except' and 'except*' on the same 'try'
    pass
