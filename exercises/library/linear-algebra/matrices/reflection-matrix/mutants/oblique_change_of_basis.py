"""Your map seems to negate the second basis column, which is a slanted flip unless the columns are perpendicular. A true reflection flips the direction orthogonal to the mirror."""
# Mistake: the change-of-basis recipe E diag(1, -1) E^-1 with E = basis itself, without making
# the basis orthonormal first. It fixes the first column and negates the SECOND column, which
# is an oblique reflection unless the columns happen to be perpendicular.
import numpy as np


def reflection_matrix(basis):
    E = np.asarray(basis, dtype=float)
    return E @ np.diag([1.0, -1.0]) @ np.linalg.inv(E)
