"""Your results seem to treat all values as equally likely: each value x_i must be weighted by its probability p_i, in the mean and in the variance."""
# Mistake: ignores the probabilities and averages the values as if they were equally likely.
import numpy as np


def expectation_variance(values, probs):
    values = np.asarray(values, dtype=float)
    return float(np.mean(values)), float(np.var(values))
