"""Your quantile seems to leave q to its right rather than its left, mirrored around mu: F^(-1)(q) has probability q below it, so it is above mu when q > 0.5."""
# Mistake: inverts the survival function instead of the cdf: returns the point with
# probability q to its RIGHT (scipy's isf), i.e. mu - sigma * z_q.
import numpy as np
from scipy import special


def normal_quantile(q, mu, sigma):
    return (mu - sigma * special.ndtri(np.asarray(q, dtype=float)))[()]
