"""Your groups seem to come in the order in which their labels first appear in the data: the answer lists the groups sorted by label."""
# Mistake: groupby(sort=False) keeps the order of first appearance.
import pandas as pd


def group_stats(data, by, column):
    df = pd.DataFrame(data)
    table = df.groupby(by, sort=False)[column].agg(["count", "mean", "std"])
    return (list(table.index), table["count"].to_numpy(), table["mean"].to_numpy(dtype=float),
            table["std"].to_numpy(dtype=float))
