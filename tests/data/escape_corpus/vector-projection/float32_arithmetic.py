"""Projects in float32, so the result carries relative errors around 1e-7 (classic precision loss)."""
import numpy as np


def project_onto(u, v):
    u = np.asarray(u, dtype=np.float32)
    v = np.asarray(v, dtype=np.float32)
    return (u @ v) / (v @ v) * v
