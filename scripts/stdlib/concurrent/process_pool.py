# ProcessPoolExecutor: the same interface as CPython's (defaults, map's chunksize, errors);
# in Weft its workers are green threads sharing the program's memory.
import concurrent.futures as cf
import os


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(cube, range(5), chunksize=2)), pool.submit(pow, 2, 10).result())
        # expect: [0, 1, 8, 27, 64] 1024
        f = pool.submit(divmod, 7, 0)
        print(type(f.exception()).__name__)
        # expect: ZeroDivisionError
    print(cf.ProcessPoolExecutor()._max_workers == (os.cpu_count() or 1))
    # expect: True
    print(cf.ThreadPoolExecutor()._max_workers == min(32, (os.cpu_count() or 1) + 4))
    # expect: True
    for bad in (lambda: cf.ProcessPoolExecutor(0), lambda: cf.ProcessPoolExecutor(
            max_tasks_per_child=0), lambda: list(cf.ProcessPoolExecutor(1).map(cube, [1],
                                                                               chunksize=0))):
        try:
            bad()
        except ValueError as e:
            print(e)
    # expect: max_workers must be greater than 0
    # expect: max_tasks_per_child must be >= 1
    # expect: chunksize must be >= 1.
    pool = cf.ProcessPoolExecutor(1)
    pool.shutdown()
    try:
        pool.submit(cube, 1)
    except RuntimeError as e:
        print(e)
    # expect: cannot schedule new futures after shutdown
