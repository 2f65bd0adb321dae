"""Your projection seems to divide u·v by |v| rather than by |v|^2 = v·v, so its length is off by a factor |v|. The coefficient of v is (u·v)/(v·v)."""
# Mistake: divides by the length |v| instead of the squared length v . v.
import numpy as np


def project_onto(u, v):
    u = np.asarray(u, dtype=float)
    v = np.asarray(v, dtype=float)
    return np.dot(u, v) / np.linalg.norm(v) * v
