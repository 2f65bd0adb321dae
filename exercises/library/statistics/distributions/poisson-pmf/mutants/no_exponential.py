"""Your probabilities seem to miss the factor e^(-lambda), which makes them sum to 1 over k; for instance P(K = 0) should be e^(-lambda), not 1."""
# Mistake: forgets the normalising factor exp(-lam).
import numpy as np
from scipy import special


def poisson_pmf(k, lam):
    k = np.asarray(k, dtype=float)
    return np.exp(special.xlogy(k, lam) - special.gammaln(k + 1))[()]
