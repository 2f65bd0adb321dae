import numpy as np


def gd_step_sizes(A):
    """(largest stable learning rate, best learning rate, rate at the best learning rate)."""
    A = np.asarray(A, dtype=float)
    eigenvalues = np.linalg.eigvalsh(A)          # sorted ascending
    lam_min, lam_max = eigenvalues[0], eigenvalues[-1]
    eta_max = 2.0 / lam_max
    eta_best = 2.0 / (lam_min + lam_max)
    rho = (lam_max - lam_min) / (lam_max + lam_min)
    return float(eta_max), float(eta_best), float(rho)
