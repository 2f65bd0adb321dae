"""Your answer seems to become nan for large lambda or k: lambda^k and k! overflow, so work with log P = k log lambda - lambda - log k! and exponentiate at the end."""
# Mistake: the textbook formula in floating point. Right for small lam and k, but lam**k and
# k! overflow to inf for large values and the result becomes nan.
import numpy as np
from scipy import special


def poisson_pmf(k, lam):
    k = np.asarray(k, dtype=float)
    return (np.power(float(lam), k) * np.exp(-lam) / special.factorial(k))[()]
