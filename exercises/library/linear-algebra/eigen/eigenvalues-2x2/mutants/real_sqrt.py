"""You seem to get nan when the discriminant is negative. Then the eigenvalues are a complex conjugate pair, tr/2 plus or minus i times sqrt(det A - (tr A)^2/4)."""
# Mistake: uses the real square root np.sqrt, which gives nan when the eigenvalues are complex.
import numpy as np


def eigenvalues_2x2(A):
    (a, b), (c, d) = np.asarray(A, dtype=float)
    tr, det = a + d, a * d - b * c
    root = np.sqrt(tr * tr / 4 - det)
    return [tr / 2 + root, tr / 2 - root]
