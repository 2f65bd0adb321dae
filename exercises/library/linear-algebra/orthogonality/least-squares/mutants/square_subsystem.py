"""You seem to solve only the first n equations exactly and ignore the rest of the data. Least squares uses all m equations and makes the total squared error as small as possible."""
# Mistake: keeps only the first n equations to get a square system and solves it exactly,
# ignoring the rest of the data.
import numpy as np


def least_squares(A, b):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    n = A.shape[1]
    return np.linalg.solve(A[:n], b[:n])
