import io

import numpy as np
import pandas as pd


def clean_describe(csv_text, column):
    """Remove duplicate records, treat '', 'NA', '?' and -999 as missing, then describe the
    present values of `column`. Returns (duplicates, missing, summary)."""
    raw = pd.read_csv(io.StringIO(csv_text))
    # TODO: mark the missing values, remove the duplicate records, count, and describe.
    return 0, 0, np.zeros(8)
