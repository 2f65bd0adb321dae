"""Uses n degrees of freedom instead of n - 1 (statement: Student's t with n - 1 degrees of freedom)."""
import math
import statistics

from scipy import stats


def one_sample_t_test(x, mu0):
    values = [float(v) for v in x]
    n = len(values)
    t = (statistics.fmean(values) - mu0) / (statistics.stdev(values) / math.sqrt(n))
    return t, float(2 * stats.t.sf(abs(t), n))
