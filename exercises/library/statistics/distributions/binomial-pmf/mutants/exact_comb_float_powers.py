"""Your function seems to fail for n in the thousands: the exact integer C(n, k) is fine, but it cannot be turned into a float once it exceeds about 1e308, so multiply in logarithms, log C(n, k) + k log p + (n - k) log(1 - p), and exponentiate at the end."""
# Mistake: exact integer binomial coefficient times float powers. Right for moderate n, but
# for n in the thousands C(n, k) is too large to convert to a float (OverflowError).
from math import comb


def binomial_pmf(k, n, p):
    return float(comb(n, k) * p**k * (1 - p) ** (n - k))
