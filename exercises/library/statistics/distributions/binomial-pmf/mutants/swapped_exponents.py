"""Your result looks like p paired with the failures and 1 - p with the successes: each of the k successes contributes p and each of the n - k failures 1 - p."""
# Mistake: pairs p with the failures and 1 - p with the successes:
# p**(n - k) * (1 - p)**k. Only right when p = 1/2 or k = n/2.
from math import comb


def binomial_pmf(k, n, p):
    return comb(n, k) * p ** (n - k) * (1 - p) ** k
