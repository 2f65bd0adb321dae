"""You seem to remove repeated VALUES of the column rather than repeated records: two different listings may have the same price, and both count. A duplicate is a whole line identical to an earlier line."""
# Mistake: drop_duplicates(subset=[column]) removes equal values (ties) of different records.
import io

import pandas as pd


def clean_describe(csv_text, column):
    raw = pd.read_csv(io.StringIO(csv_text), na_values=["", "NA", "?", "-999"],
                      keep_default_na=False)
    table = raw.drop_duplicates(subset=[column])
    duplicates = len(raw) - len(table)
    values = pd.to_numeric(table[column])
    return duplicates, int(values.isna().sum()), values.describe().to_numpy(dtype=float)
