import pandas as pd


def pivot_covariance(data, tickers):
    """The sample covariance matrix (ddof=1) of the returns of `tickers`, in that order, over
    the dates on which all of them have a return."""
    long = pd.DataFrame(data)
    wide = long.pivot(index="date", columns="ticker", values="ret")   # dates x tickers, NaN gaps
    complete = wide[list(tickers)].dropna()    # requested order; listwise: complete dates only
    return complete.cov(ddof=1).to_numpy()    # k x k, even for k = 1
