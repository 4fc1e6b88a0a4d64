# A 10M-iteration arithmetic while loop at module level (globals), as the tutorials write it.
import sys
import time

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
for _ in range(reps):
    t0 = time.perf_counter()
    i = 0
    total = 0
    while i < 10_000_000:
        total += i * 3 % 7
        i += 1
    print("time", time.perf_counter() - t0)
print("result", total)
