"""Your quartiles seem to be the medians of the lower and upper halves (the school rule): the statement fixes linear interpolation at the position h = (n - 1)p between the sorted values, as np.percentile and describe() do."""
# Mistake: Q1 and Q3 as the medians of the lower and upper halves of the sorted values
# (the middle value left out when n is odd).
import io

import numpy as np
import pandas as pd


def clean_describe(csv_text, column):
    raw = pd.read_csv(io.StringIO(csv_text), na_values=["", "NA", "?", "-999"],
                      keep_default_na=False)
    duplicates = int(raw.duplicated().sum())
    values = pd.to_numeric(raw.drop_duplicates()[column])
    x = np.sort(values.dropna().to_numpy(dtype=float))
    half = len(x) // 2
    q1, q3 = np.median(x[:half]), np.median(x[len(x) - half:])
    summary = [len(x), x.mean(), x.std(ddof=1), x[0], q1, np.median(x), q3, x[-1]]
    return duplicates, int(values.isna().sum()), summary
