"""correct: two explicit passes in a Python loop, first the mean, then the average squared deviation from it, and finally its square root."""
import math


def gaussian_mle(x):
    """Maximum-likelihood (mu, sigma) of a normal sample x."""
    values = [float(v) for v in x]
    n = len(values)
    total = 0.0
    for v in values:
        total += v
    mu = total / n
    ss = 0.0
    for v in values:
        ss += (v - mu) * (v - mu)
    return mu, math.sqrt(ss / n)
