"""Your matrix seems to use, for each pair of tickers, the dates on which those two are present (what DataFrame.cov() does with NaN left in the table): the statement keeps only the dates on which every requested ticker has a return, so that all entries come from the same dates."""
# Mistake: DataFrame.cov() on the table with its gaps, i.e. pairwise-complete observations.
import pandas as pd


def pivot_covariance(data, tickers):
    wide = pd.DataFrame(data).pivot(index="date", columns="ticker", values="ret")
    return wide[list(tickers)].cov().to_numpy()
