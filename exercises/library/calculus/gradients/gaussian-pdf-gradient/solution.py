import numpy as np


def gaussian_pdf_grad(x, mu, sigma):
    """Return (df/dmu, df/dsigma) of the normal density f(x; mu, sigma), elementwise in x."""
    x = np.asarray(x, dtype=float)
    z = (x - mu) / sigma
    f = np.exp(-0.5 * z**2) / (sigma * np.sqrt(2.0 * np.pi))
    df_dmu = f * z / sigma                  # f (x - mu) / sigma^2
    df_dsigma = f * (z**2 - 1.0) / sigma    # f ((x - mu)^2 / sigma^3 - 1 / sigma)
    return df_dmu[()], df_dsigma[()]        # floats for a float x, arrays otherwise
