"""You seem to keep the duplicated records: a line identical to an earlier one is the same listing written twice, and counting it twice weights that listing double. Remove it (keep the first) and report how many you removed."""
# Mistake: never removes duplicate lines (and reports 0 of them).
import io

import pandas as pd


def clean_describe(csv_text, column):
    raw = pd.read_csv(io.StringIO(csv_text), na_values=["", "NA", "?", "-999"],
                      keep_default_na=False)
    values = pd.to_numeric(raw[column])
    return 0, int(values.isna().sum()), values.describe().to_numpy(dtype=float)
