# CPython's compile-time SyntaxWarnings go to stderr before the program runs; it runs anyway.
# stderr: :7: SyntaxWarning: "is" with a literal. Did you mean "=="?
# stderr: :8: SyntaxWarning: "is not" with a literal. Did you mean "!="?
# stderr: :9: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?
# stderr: :10: SyntaxWarning: assertion is always true, perhaps remove parentheses?
x = 1
print(x is 1)  # expect: True
print(x is not "a")  # expect: True
f = (lambda: (1, 2)(3)) if False else None
assert (x, "message")
print(x is None, x is True, x is ...)  # expect: False False False
# stderr:   print(x is 1)
