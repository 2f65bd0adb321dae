"""You seem to drop the dates on which ANY ticker of the data is missing, also one that was not requested: only the requested tickers decide whether a date is complete."""
# Mistake: dropna() on the whole wide table before selecting the requested columns.
import pandas as pd


def pivot_covariance(data, tickers):
    wide = pd.DataFrame(data).pivot(index="date", columns="ticker", values="ret").dropna()
    return wide[list(tickers)].cov().to_numpy()
