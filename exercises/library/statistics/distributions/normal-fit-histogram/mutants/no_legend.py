"""Your plot seems to have no legend: with two things drawn, a legend says which is the data and which the fitted density (give each a label, then call ax.legend())."""
import matplotlib.pyplot as plt
import numpy as np


def plot_normal_fit(x, bins):
    x = np.asarray(x, dtype=float)
    mu, sigma = x.mean(), x.std()
    grid = np.linspace(x.min(), x.max(), 200)
    pdf = np.exp(-((grid - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))
    fig, ax = plt.subplots()
    ax.hist(x, bins=bins, density=True)
    ax.plot(grid, pdf)
    return fig
