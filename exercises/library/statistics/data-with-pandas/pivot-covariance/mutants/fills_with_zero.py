"""You seem to fill the missing returns with 0: a day without a price is unknown, not a day on which nothing moved; zeros shrink the variances and the covariances. Drop the incomplete dates instead."""
# Mistake: fillna(0) instead of dropping the incomplete dates.
import pandas as pd


def pivot_covariance(data, tickers):
    wide = pd.DataFrame(data).pivot(index="date", columns="ticker", values="ret")
    return wide[list(tickers)].fillna(0.0).cov().to_numpy()
