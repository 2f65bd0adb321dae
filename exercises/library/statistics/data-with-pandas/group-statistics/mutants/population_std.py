"""Your standard deviations look too small by a factor sqrt((n - 1)/n): the statement asks for the sample std, which divides the squared deviations by n - 1 (ddof=1), not by n."""
# Mistake: the population std (ddof=0), as np.std computes by default.
import pandas as pd


def group_stats(data, by, column):
    df = pd.DataFrame(data)
    table = df.groupby(by)[column].agg(["count", "mean", lambda v: v.std(ddof=0)])
    table.columns = ["count", "mean", "std"]
    return (list(table.index), table["count"].to_numpy(), table["mean"].to_numpy(dtype=float),
            table["std"].to_numpy(dtype=float))
