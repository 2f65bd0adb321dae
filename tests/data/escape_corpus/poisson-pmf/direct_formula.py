"""Evaluates lam**k * exp(-lam) / k! directly, which overflows for lambda near a thousand (statement: work on the log scale)."""
import math

import numpy as np


def _pmf(k, lam):
    try:
        return lam ** k * math.exp(-lam) / math.factorial(k)
    except OverflowError:
        return float("nan")


def poisson_pmf(k, lam):
    k = np.asarray(k)
    return np.vectorize(_pmf, otypes=[float])(k, float(lam))[()]
