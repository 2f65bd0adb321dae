"""Your answer seems to become nan for large n: n! overflows as a float beyond 170, so work with logarithms, log n! - log k! - log (n - k)!, and exponentiate at the end."""
# Mistake: floating-point factorials. Correct for small n, but factorial(n) overflows
# to inf for n > 170 and the result becomes nan (inf / inf).
from scipy.special import factorial


def binomial_pmf(k, n, p):
    coef = factorial(n) / (factorial(k) * factorial(n - k))
    return float(coef * p**k * (1 - p) ** (n - k))
