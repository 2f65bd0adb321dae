"""correct: delegates to scipy.stats.binom.pmf(k, n, p)."""
from scipy import stats


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p)."""
    return float(stats.binom.pmf(k, n, p))
