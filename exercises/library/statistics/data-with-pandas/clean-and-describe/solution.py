import io

import pandas as pd

# Every way the export writes "unknown": an empty field, NA, ?, and the sentinel -999.
MISSING_MARKERS = ["", "NA", "?", "-999"]


def clean_describe(csv_text, column):
    """Remove duplicate records, treat '', 'NA', '?' and -999 as missing, then describe the
    present values of `column`. Returns (duplicates, missing, summary)."""
    raw = pd.read_csv(io.StringIO(csv_text), na_values=MISSING_MARKERS, keep_default_na=False)
    duplicates = int(raw.duplicated().sum())      # lines identical to an earlier line
    table = raw.drop_duplicates()                  # keeps the first of each record
    values = pd.to_numeric(table[column])          # floats, NaN where a marker was
    missing = int(values.isna().sum())
    # describe() skips NaN: count, mean, std (ddof=1), min, 25%, 50%, 75% (linear), max
    summary = values.describe().to_numpy(dtype=float)
    return duplicates, missing, summary
