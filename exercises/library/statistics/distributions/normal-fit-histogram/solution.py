import matplotlib.pyplot as plt
import numpy as np


def plot_normal_fit(x, bins):
    x = np.asarray(x, dtype=float)
    mu, sigma = x.mean(), x.std()
    grid = np.linspace(x.min(), x.max(), 200)
    pdf = np.exp(-((grid - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))
    fig, ax = plt.subplots()
    ax.hist(x, bins=bins, density=True, alpha=0.6, label="data")
    ax.plot(grid, pdf, label="fitted normal")
    ax.legend()
    return fig
