"""Your intercept seems to be penalised along with w, which pulls b towards 0. Only the coefficients w carry the penalty; b must stay free."""
# Mistake: adds a column of ones for the intercept and then penalises it like the other
# coefficients, which pulls b towards 0.
import numpy as np


def ridge_fit(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([X, np.ones(len(y))])
    coef = np.linalg.solve(A.T @ A + lam * np.eye(A.shape[1]), A.T @ y)
    return coef[:-1], float(coef[-1])
