"""Your rate rho looks like 1 - 1/kappa, the rate for eta = 1/lambda_max; with the best step 2/(lambda_min + lambda_max) the rate is (kappa - 1)/(kappa + 1)."""
# Mistake: reports 1 - 1/kappa as the rate, which is the rate of the learning rate
# 1 / lambda_max, not of the best learning rate 2 / (lambda_min + lambda_max).
import numpy as np


def gd_step_sizes(A):
    lam = np.linalg.eigvalsh(np.asarray(A, dtype=float))
    lo, hi = lam[0], lam[-1]
    return 2.0 / hi, 2.0 / (lo + hi), 1.0 - lo / hi
