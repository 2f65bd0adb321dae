"""Your eta_max looks like half the true limit: 1/lambda_max is safe, but convergence only needs |1 - eta·lambda_max| < 1, which holds up to 2/lambda_max."""
# Mistake: takes 1 / lambda_max as the stability limit (it is a safe choice, but the largest
# learning rate that still converges is 2 / lambda_max).
import numpy as np


def gd_step_sizes(A):
    lam = np.linalg.eigvalsh(np.asarray(A, dtype=float))
    lo, hi = lam[0], lam[-1]
    return 1.0 / hi, 2.0 / (lo + hi), (hi - lo) / (hi + lo)
