"""Your angle seems to come out as nan for vectors that point in exactly the same (or opposite) direction. Rounding can push the computed cosine a hair past 1 or -1, where arccos is undefined: keep the cosine inside [-1, 1] before taking arccos."""
# Mistake: takes arccos of the computed cosine without clipping it to [-1, 1]. For parallel
# vectors the rounded cosine can be 1 + 2e-16, and arccos returns nan.
import numpy as np


def angle(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    c = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return float(np.arccos(c))
