"""Your quartiles seem to use the position h = (n + 1)p - 1 (the 'exclusive' rule of Excel's QUARTILE.EXC and of Minitab): the statement fixes the linear rule h = (n - 1)p, the default of np.percentile and describe()."""
# Mistake: np.percentile(..., method="weibull"), i.e. h = (n + 1) p - 1.
import io

import numpy as np
import pandas as pd


def clean_describe(csv_text, column):
    raw = pd.read_csv(io.StringIO(csv_text), na_values=["", "NA", "?", "-999"],
                      keep_default_na=False)
    duplicates = int(raw.duplicated().sum())
    values = pd.to_numeric(raw.drop_duplicates()[column])
    x = values.dropna().to_numpy(dtype=float)
    q1, q2, q3 = np.percentile(x, [25, 50, 75], method="weibull")
    summary = [len(x), x.mean(), x.std(ddof=1), x.min(), q1, q2, q3, x.max()]
    return duplicates, int(values.isna().sum()), summary
