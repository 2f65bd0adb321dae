"""Your counts seem to include the missing values, as if you counted the rows of each group: the count is the number of values that are present (pandas' count, not size)."""
# Mistake: uses size (rows per group, missing values included) as the count.
import pandas as pd


def group_stats(data, by, column):
    df = pd.DataFrame(data)
    table = df.groupby(by)[column].agg(["size", "mean", "std"])
    return (list(table.index), table["size"].to_numpy(), table["mean"].to_numpy(dtype=float),
            table["std"].to_numpy(dtype=float))
