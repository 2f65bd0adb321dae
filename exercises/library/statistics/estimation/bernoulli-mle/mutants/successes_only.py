"""Your log-likelihood seems to count only the successes: each of the n - k failures contributes log(1 - p) too."""
# Mistake: the log-likelihood keeps only the k log p term and forgets the failures' (n - k) log(1 - p).
import numpy as np
from scipy import special


def bernoulli_mle(x):
    x = np.asarray(x, dtype=float)
    n, k = len(x), np.sum(x)
    p = k / n
    return float(p), float(special.xlogy(k, p))
