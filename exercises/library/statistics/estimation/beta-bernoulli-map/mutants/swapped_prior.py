"""Your estimate seems to pair b with the successes: a - 1 acts like imaginary successes and b - 1 like imaginary failures."""
# Mistake: pairs a with the failures and b with the successes.
import numpy as np


def beta_bernoulli_map(x, a, b):
    x = np.asarray(x, dtype=float)
    return float((np.sum(x) + b - 1) / (len(x) + a + b - 2))
