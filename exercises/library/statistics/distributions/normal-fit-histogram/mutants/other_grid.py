"""Your curve seems drawn on a different grid: evaluate the density on np.linspace(min(x), max(x), 200), 200 points from the smallest to the largest value."""
import matplotlib.pyplot as plt
import numpy as np


def plot_normal_fit(x, bins):
    x = np.asarray(x, dtype=float)
    mu, sigma = x.mean(), x.std()
    grid = np.linspace(x.min(), x.max(), 100)
    pdf = np.exp(-((grid - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))
    fig, ax = plt.subplots()
    ax.hist(x, bins=bins, density=True, label="data")
    ax.plot(grid, pdf, label="fitted normal")
    ax.legend()
    return fig
