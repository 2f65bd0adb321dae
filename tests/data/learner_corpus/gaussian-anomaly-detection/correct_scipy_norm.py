"""correct: multiplies scipy.stats.norm.pdf over the features with loc = mean and scale = the maximum-likelihood standard deviation (ddof=0)."""
import numpy as np
from scipy.stats import norm


def detect_anomalies(X_train, X_test, epsilon):
    """Fit an independent Gaussian to every feature of X_train; flag the rows of X_test whose
    density p(x) is below epsilon. Returns (flags, densities)."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mu = X_train.mean(axis=0)
    sd = X_train.std(axis=0)
    dens = norm.pdf(X_test, loc=mu, scale=sd).prod(axis=1)
    return dens < epsilon, dens
