"""correct: pure-Python log-scale formula with math.lgamma and math.log, handling p = 0 and p = 1 explicitly."""
import math


def binomial_pmf(k, n, p):
    """P(K = k) for K ~ Binomial(n, p)."""
    if p == 0.0:
        return 1.0 if k == 0 else 0.0
    if p == 1.0:
        return 1.0 if k == n else 0.0
    log_pmf = (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
               + k * math.log(p) + (n - k) * math.log1p(-p))
    return math.exp(log_pmf)
