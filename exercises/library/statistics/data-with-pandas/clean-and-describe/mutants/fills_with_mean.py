"""You seem to fill the missing values with the mean before describing: imputed values are not observations, they inflate the count and shrink the spread and the quartile range. Describe only the values that are present."""
# Mistake: fillna(mean) on the column, then describe (count becomes the number of records).
import io

import pandas as pd


def clean_describe(csv_text, column):
    raw = pd.read_csv(io.StringIO(csv_text), na_values=["", "NA", "?", "-999"],
                      keep_default_na=False)
    duplicates = int(raw.duplicated().sum())
    values = pd.to_numeric(raw.drop_duplicates()[column])
    missing = int(values.isna().sum())
    return duplicates, missing, values.fillna(values.mean()).describe().to_numpy(dtype=float)
