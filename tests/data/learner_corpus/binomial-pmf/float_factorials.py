"""wrong: computes the coefficient with floating-point factorials n! / (k! (n-k)!) and the powers directly instead of working in logarithms, so for n above 170 the factorials overflow to inf and the result is nan."""
import numpy as np
from scipy import special


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p)."""
    with np.errstate(over="ignore", invalid="ignore"):
        coeff = special.factorial(n) / (special.factorial(k) * special.factorial(n - k))
        return float(coeff * p ** k * (1 - p) ** (n - k))
