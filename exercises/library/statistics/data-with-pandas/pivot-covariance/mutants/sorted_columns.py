"""Your rows and columns seem to be in alphabetical order of the tickers (the order pivot puts them in): the matrix follows the order of the list tickers, entry i belonging to tickers[i]."""
# Mistake: keeps pivot's sorted column order instead of the requested one.
import pandas as pd


def pivot_covariance(data, tickers):
    wide = pd.DataFrame(data).pivot(index="date", columns="ticker", values="ret")
    chosen = wide[sorted(tickers)].dropna()
    return chosen.cov().to_numpy()
