"""When i equals j your function seems to hand back M itself rather than a new array. Then the caller's result and M are the same object, and changing one changes the other: return a copy even when there is nothing to swap."""
# Mistake: takes a shortcut when i == j and returns the argument M itself instead of a copy
# (caught by returns_new = true).
import numpy as np


def swap_rows(M, i, j):
    if i == j:
        return M
    R = np.array(M, copy=True)
    R[[i, j]] = R[[j, i]]
    return R
