"""correct: uses the standard library, statistics.fmean for the mean and statistics.pstdev (population standard deviation, dividing by n) for sigma."""
import statistics

import numpy as np


def gaussian_mle(x):
    """Maximum-likelihood (mu, sigma) of a normal sample x."""
    values = [float(v) for v in np.asarray(x, dtype=float).ravel()]
    mu = statistics.fmean(values)
    sigma = statistics.pstdev(values, mu)
    return float(mu), float(sigma)
