import numpy as np
import pandas as pd


def pivot_covariance(data, tickers):
    """The sample covariance matrix (ddof=1) of the returns of `tickers`, in that order, over
    the dates on which all of them have a return."""
    long = pd.DataFrame(data)
    # TODO: pivot to one column per ticker, keep the complete dates, then the covariance.
    return np.zeros((len(tickers), len(tickers)))
