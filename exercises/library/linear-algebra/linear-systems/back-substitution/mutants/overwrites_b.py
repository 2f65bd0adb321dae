"""Your x looks right, but b itself seems to be overwritten with the solution. Store x in a new vector and leave U and b unchanged."""
# Mistake: stores the solution in b itself to "save memory". The answer is right for float b,
# but the caller's b is destroyed (and an integer b would even round the answers).
import numpy as np


def back_substitution(U, b):
    n = len(b)
    for i in range(n - 1, -1, -1):
        b[i] = (b[i] - U[i, i + 1:] @ b[i + 1:]) / U[i, i]
    return b
