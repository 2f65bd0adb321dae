"""Your matrix seems to have one row and column per DATE: np.cov treats each row of its argument as a variable unless rowvar=False, and here the variables are the tickers, the columns of the wide table."""
# Mistake: np.cov(M) on the dates x tickers matrix: the covariance between dates.
import numpy as np
import pandas as pd


def pivot_covariance(data, tickers):
    wide = pd.DataFrame(data).pivot(index="date", columns="ticker", values="ret")
    M = wide[list(tickers)].dropna().to_numpy()
    return np.cov(M)
