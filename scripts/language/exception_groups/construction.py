# BaseExceptionGroup/ExceptionGroup constructors: argument checks, class selection, attributes.
def attempt(make):
    try:
        g = make()
        print("made", type(g).__name__, repr(g))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: ExceptionGroup("m", [ValueError(1)]))
attempt(lambda: BaseExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: BaseExceptionGroup("m", (ValueError(), SystemExit(3))))
attempt(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("m", []))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup("m", ValueError()))
attempt(lambda: ExceptionGroup("m", [1]))
attempt(lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt(lambda: ExceptionGroup("m"))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("m", [ValueError()], 3))
attempt(lambda: ExceptionGroup("m", {ValueError()}))
attempt(lambda: ExceptionGroup("m", None))
attempt(lambda: ExceptionGroup("m", "abc"))
attempt(lambda: ExceptionGroup("m", [ValueError()], x=1))

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError("k")])])
print(eg.message, eg.exceptions)
print(eg.args)
print(str(eg), "|", repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(type(eg.exceptions).__name__, eg.exceptions[1].exceptions[0].args)
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])

try:
    raise eg
except Exception as caught:
    print("caught by except Exception:", caught is eg)

try:
    raise BaseExceptionGroup("b", [GeneratorExit()])
except Exception:
    print("not here")
except BaseException as caught:
    print("caught by except BaseException:", type(caught).__name__)

try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError")
