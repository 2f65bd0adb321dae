import numpy as np


def expectation_variance(values, probs):
    """Return (E[X], Var(X)) for X taking values[i] with probability probs[i]."""
    values = np.asarray(values, dtype=float)
    probs = np.asarray(probs, dtype=float)
    # TODO: probability-weighted mean, then the weighted mean squared deviation.
    return 0.0, 0.0
