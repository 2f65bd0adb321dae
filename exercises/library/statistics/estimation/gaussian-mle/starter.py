import numpy as np


def gaussian_mle(x):
    """Maximum-likelihood (mu, sigma) of a normal sample x."""
    x = np.asarray(x, dtype=float)
    # TODO: maximise the Gaussian log-likelihood (the answer has a closed form).
    return 0.0, 1.0
