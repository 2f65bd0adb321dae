import matplotlib.pyplot as plt
import numpy as np


def plot_pca_projection(X):
    X = np.asarray(X, dtype=float)
    fig, ax = plt.subplots()
    # TODO: centre, the two principal directions (sign convention!), the scores, one scatter
    return fig
