"""You seem to fill each missing return with its ticker's mean: the filled days add no spread and no co-movement, so the variances and covariances come out too small. Drop the incomplete dates instead."""
# Mistake: mean imputation (fillna with the column means), then the covariance.
import pandas as pd


def pivot_covariance(data, tickers):
    wide = pd.DataFrame(data).pivot(index="date", columns="ticker", values="ret")
    chosen = wide[list(tickers)]
    return chosen.fillna(chosen.mean()).cov().to_numpy()
