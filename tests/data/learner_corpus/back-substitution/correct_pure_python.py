"""correct: pure-Python nested loops over lists, filling x from the last row upwards with float arithmetic."""
import numpy as np


def back_substitution(U, b):
    """Solve U x = b for an upper triangular U with non-zero diagonal; return x."""
    rows = [[float(u) for u in row] for row in np.asarray(U).tolist()]
    rhs = [float(v) for v in np.asarray(b).tolist()]
    n = len(rhs)
    x = [0.0] * n
    for i in reversed(range(n)):
        s = rhs[i]
        for j in range(i + 1, n):
            s -= rows[i][j] * x[j]
        x[i] = s / rows[i][i]
    return np.array(x)
