import matplotlib.pyplot as plt
import numpy as np


def plot_normal_fit(x, bins):
    x = np.asarray(x, dtype=float)
    fig, ax = plt.subplots()
    # TODO: the density histogram, the fitted normal density as a line, a legend
    return fig
