"""Your count of missing values seems to include the duplicated records: remove the duplicates first, then count the records whose value is missing, so a listing written twice with an unknown price counts once."""
# Mistake: counts the missing values on the raw lines, before removing the duplicates.
import io

import pandas as pd


def clean_describe(csv_text, column):
    raw = pd.read_csv(io.StringIO(csv_text), na_values=["", "NA", "?", "-999"],
                      keep_default_na=False)
    duplicates = int(raw.duplicated().sum())
    missing = int(raw[column].isna().sum())
    values = pd.to_numeric(raw.drop_duplicates()[column])
    return duplicates, missing, values.describe().to_numpy(dtype=float)
