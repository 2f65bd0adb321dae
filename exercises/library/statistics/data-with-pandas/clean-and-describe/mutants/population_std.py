"""Your standard deviation looks too small by a factor sqrt((n - 1)/n): describe() reports the sample std, which divides by n - 1 (ddof=1); np.std divides by n unless you pass ddof=1."""
# Mistake: np.std with its default ddof=0 (and np.percentile for the quartiles).
import io

import numpy as np
import pandas as pd


def clean_describe(csv_text, column):
    raw = pd.read_csv(io.StringIO(csv_text), na_values=["", "NA", "?", "-999"],
                      keep_default_na=False)
    duplicates = int(raw.duplicated().sum())
    values = pd.to_numeric(raw.drop_duplicates()[column])
    x = values.dropna().to_numpy(dtype=float)
    q1, q2, q3 = np.percentile(x, [25, 50, 75])
    summary = [len(x), x.mean(), np.std(x), x.min(), q1, q2, q3, x.max()]
    return duplicates, int(values.isna().sum()), summary
