"""Your bars seem to use the default 10 bins: pass the number of bins you are given."""
import matplotlib.pyplot as plt
import numpy as np


def plot_normal_fit(x, bins):
    x = np.asarray(x, dtype=float)
    mu, sigma = x.mean(), x.std()
    grid = np.linspace(x.min(), x.max(), 200)
    pdf = np.exp(-((grid - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))
    fig, ax = plt.subplots()
    ax.hist(x, bins=10, density=True, label="data")
    ax.plot(grid, pdf, label="fitted normal")
    ax.legend()
    return fig
