"""Multiplies v by the scalar projection (u.v)/||v||, i.e. divides by ||v|| once instead of ||v||^2 (statement: proj = (u.v)/(v.v) v)."""
import numpy as np


def project_onto(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    return (u @ v) / np.linalg.norm(v) * v
