# traceback: exact
# More than 15 members: the rest are summed up as "and N more exceptions".
raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
