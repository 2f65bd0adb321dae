import numpy as np

TOL = 1e-10


def rref(A):
    """Return the reduced row echelon form of A (pivots 1, zeros above and below them)."""
    R = np.array(A, dtype=float)  # a float copy: never eliminate in A itself
    m, n = R.shape
    row = 0                       # where the next pivot goes
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))   # partial pivoting
        if abs(R[p, col]) <= TOL:
            R[row:, col] = 0.0    # a free column: only rounding noise below the pivot row
            continue
        R[[row, p]] = R[[p, row]]
        R[row] /= R[row, col]
        for i in range(m):
            if i != row:
                R[i] -= R[i, col] * R[row]
        R[:, col] = 0.0           # exact zeros around the pivot
        R[row, col] = 1.0
        row += 1
    return R
