"""Your statistics seem to treat the missing values as zeros: a missing value is unknown, not 0, so it is skipped; filling it with 0 pulls the mean down and inflates the count and the spread."""
# Mistake: fillna(0) before grouping.
import pandas as pd


def group_stats(data, by, column):
    df = pd.DataFrame(data)
    df[column] = df[column].fillna(0)
    table = df.groupby(by)[column].agg(["count", "mean", "std"])
    return (list(table.index), table["count"].to_numpy(), table["mean"].to_numpy(dtype=float),
            table["std"].to_numpy(dtype=float))
