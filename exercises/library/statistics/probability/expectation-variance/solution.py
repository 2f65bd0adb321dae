import numpy as np


def expectation_variance(values, probs):
    """Return (E[X], Var(X)) for X taking values[i] with probability probs[i]."""
    values = np.asarray(values, dtype=float)
    probs = np.asarray(probs, dtype=float)
    mean = np.dot(probs, values)
    variance = np.dot(probs, (values - mean) ** 2)
    return float(mean), float(variance)
