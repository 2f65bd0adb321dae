import pandas as pd


def group_stats(data, by, column):
    """Per group of data[by] (sorted by label): the count, mean and sample std (ddof=1) of
    the values of data[column] that are present. Returns (labels, count, mean, std)."""
    df = pd.DataFrame(data)
    # groupby sorts the groups by label; count, mean and std all skip missing values, and a
    # group whose values are all missing keeps its row (count 0, mean and std NaN).
    table = df.groupby(by, sort=True)[column].agg(["count", "mean", "std"])  # std: ddof=1
    return (
        list(table.index),                        # plain str labels: a list, not an Index
        table["count"].to_numpy(),
        table["mean"].to_numpy(dtype=float),
        table["std"].to_numpy(dtype=float),       # NaN for a group with fewer than 2 values
    )
