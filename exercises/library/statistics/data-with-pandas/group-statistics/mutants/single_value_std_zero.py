"""Your std of a group with a single value (or none) seems to be 0: with one value the n - 1 denominator is 0 and the sample spread is undefined, so the statement asks for NaN there."""
# Mistake: replaces the NaN std of small groups by 0 (fillna(0) on the result).
import pandas as pd


def group_stats(data, by, column):
    df = pd.DataFrame(data)
    table = df.groupby(by)[column].agg(["count", "mean", "std"])
    return (list(table.index), table["count"].to_numpy(), table["mean"].to_numpy(dtype=float),
            table["std"].fillna(0.0).to_numpy(dtype=float))
