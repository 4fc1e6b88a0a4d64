async def f():
    print("never runs")

def main():
    f()
    print("after")

main()
