"""You seem to drop every record with a gap anywhere (dropna() on the whole table): a listing whose area or rooms are unknown still has a known price, and it counts. Only the gaps of the column being described matter."""
# Mistake: dropna() over all columns before describing the column.
import io

import pandas as pd


def clean_describe(csv_text, column):
    raw = pd.read_csv(io.StringIO(csv_text), na_values=["", "NA", "?", "-999"],
                      keep_default_na=False)
    duplicates = int(raw.duplicated().sum())
    table = raw.drop_duplicates()
    missing = int(table[column].isna().sum())
    values = pd.to_numeric(table.dropna()[column])
    return duplicates, missing, values.describe().to_numpy(dtype=float)
