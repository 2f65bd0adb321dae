"""Your summary seems to treat the sentinel -999 as a genuine value (look at your minimum): the export writes -999 when a number is unknown, so it is a missing value like an empty field, NA or ?."""
# Mistake: lists '', 'NA' and '?' as missing markers but forgets the numeric sentinel -999.
import io

import pandas as pd


def clean_describe(csv_text, column):
    raw = pd.read_csv(io.StringIO(csv_text), na_values=["", "NA", "?"], keep_default_na=False)
    duplicates = int(raw.duplicated().sum())
    values = pd.to_numeric(raw.drop_duplicates()[column])
    return duplicates, int(values.isna().sum()), values.describe().to_numpy(dtype=float)
