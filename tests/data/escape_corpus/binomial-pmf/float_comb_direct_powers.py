"""Uses the float binomial coefficient times direct powers: C(n, k) overflows to inf for large n, giving inf or nan (statement: work in logarithms for large n)."""
from scipy import special


def binomial_pmf(k, n, p):
    return float(special.comb(n, k) * p ** k * (1 - p) ** (n - k))
