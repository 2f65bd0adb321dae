"""For a single ticker your answer seems to be a plain number: np.cov returns a 0-d array when there is only one variable, but the answer is a k x k matrix, 1 x 1 here (np.atleast_2d)."""
# Mistake: np.cov(M, rowvar=False) without np.atleast_2d: right for k >= 2, a 0-d array for k = 1.
import numpy as np
import pandas as pd


def pivot_covariance(data, tickers):
    wide = pd.DataFrame(data).pivot(index="date", columns="ticker", values="ret")
    M = wide[list(tickers)].dropna().to_numpy()
    return np.cov(M, rowvar=False)
