"""On 2 x 2 tables your statistic looks too small, as with Yates' continuity correction: this exercise asks for the plain Pearson statistic, with no correction."""
# Mistake: calls scipy.stats.chi2_contingency with its default correction=True, which applies
# Yates' continuity correction to 2 x 2 tables (and changes their statistic and p-value).
from scipy import stats


def chi2_independence(table):
    result = stats.chi2_contingency(table)
    return float(result.statistic), int(result.dof), float(result.pvalue)
