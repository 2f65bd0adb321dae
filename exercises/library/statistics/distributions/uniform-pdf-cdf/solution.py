import numpy as np


def uniform_pdf_cdf(x, a, b):
    """Density and cdf of Uniform(a, b) at every point of x: return (pdf, cdf)."""
    x = np.asarray(x, dtype=float)
    inside = (x >= a) & (x <= b)
    pdf = np.where(inside, 1.0 / (b - a), 0.0)
    cdf = np.clip((x - a) / (b - a), 0.0, 1.0)
    return pdf, cdf
