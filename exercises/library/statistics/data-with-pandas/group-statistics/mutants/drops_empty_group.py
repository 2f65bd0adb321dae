"""A group whose values are all missing seems to vanish from your answer, as when the rows with a missing value are dropped before grouping: that group still exists, with count 0 and a NaN mean and std."""
# Mistake: dropna() on the rows before groupby, so a label with no present value disappears.
import pandas as pd


def group_stats(data, by, column):
    df = pd.DataFrame(data).dropna(subset=[column])
    table = df.groupby(by)[column].agg(["count", "mean", "std"])
    return (list(table.index), table["count"].to_numpy(), table["mean"].to_numpy(dtype=float),
            table["std"].to_numpy(dtype=float))
