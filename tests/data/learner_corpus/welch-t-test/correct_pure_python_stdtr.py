"""correct: means and n - 1 variances with plain Python loops, the Welch-Satterthwaite df, and the two-sided p-value 2 * stdtr(df, -|t|) from scipy.special."""
import math

from scipy.special import stdtr


def _mean_var(xs):
    xs = [float(v) for v in xs]
    n = len(xs)
    mean = sum(xs) / n
    ss = 0.0
    for v in xs:
        ss += (v - mean) ** 2
    return n, mean, ss / (n - 1)


def welch_t_test(a, b):
    """Welch's two-sample t-test: return (t, degrees of freedom, two-sided p-value)."""
    na, ma, sa2 = _mean_var(a)
    nb, mb, sb2 = _mean_var(b)
    qa, qb = sa2 / na, sb2 / nb
    t = (ma - mb) / math.sqrt(qa + qb)
    df = (qa + qb) ** 2 / (qa ** 2 / (na - 1) + qb ** 2 / (nb - 1))
    p = 2.0 * stdtr(df, -abs(t))
    return float(t), float(df), float(p)
