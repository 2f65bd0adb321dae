"""Your covariances look too small by a factor (n - 1)/n: the sample covariance divides the sum of products of deviations by n - 1 (ddof=1), not by n (np.cov's bias=True or ddof=0)."""
# Mistake: divides by n (ddof=0).
import pandas as pd


def pivot_covariance(data, tickers):
    wide = pd.DataFrame(data).pivot(index="date", columns="ticker", values="ret")
    return wide[list(tickers)].dropna().cov(ddof=0).to_numpy()
