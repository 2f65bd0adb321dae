"""Your discriminant seems to add det A instead of subtracting it: it should be (tr A)^2/4 - det A. A check: the eigenvalues must multiply to det A."""
# Mistake: a sign error in the discriminant, tr^2/4 + det instead of tr^2/4 - det.
import cmath

import numpy as np


def eigenvalues_2x2(A):
    (a, b), (c, d) = np.asarray(A, dtype=float)
    tr, det = a + d, a * d - b * c
    root = cmath.sqrt(tr * tr / 4 + det)
    return [tr / 2 + root, tr / 2 - root]
