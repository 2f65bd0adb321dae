import numpy as np


def difference_errors(f, df, x, hs):
    """Return (|forward difference - f'(x)|, |central difference - f'(x)|), one entry per h."""
    h = np.asarray(hs, dtype=float)
    # TODO: compute both estimates for every step h and compare them with df(x).
    forward_errors = np.zeros_like(h)
    central_errors = np.zeros_like(h)
    return forward_errors, central_errors
