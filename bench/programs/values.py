# Builtin values' methods and operators: str methods and formatting, dict lookups by str
# key, float and int arithmetic, isinstance. argv[1] = repetitions (in-process timing).
import sys
import time


def work():
    words = ["alpha", "beta", "gamma", "delta"] * 50
    counts = {}
    total = 0.0
    n = 0
    for i in range(200_000):
        w = words[i % 200]
        key = w.upper() + str(i % 10)
        counts[key] = counts.get(key, 0) + 1
        total += len(key) * 1.5 / (i + 1)
        s = "%s-%d" % (w, i)
        if s.startswith("a") and "1" in s:
            n += 1
        if isinstance(w, str) and w.endswith("a"):
            n += i & 3
    return len(counts), round(total, 3), n


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = work()
        print("time", time.perf_counter() - t0)
    print("result", result)


main()
