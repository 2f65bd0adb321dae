"""correct: scipy.linalg.solve_triangular with lower=False on float copies of U and b."""
import numpy as np
from scipy.linalg import solve_triangular


def back_substitution(U, b):
    """Solve U x = b for an upper triangular U with non-zero diagonal; return x."""
    U = np.array(U, dtype=float)
    b = np.array(b, dtype=float)
    return solve_triangular(U, b, lower=False)
