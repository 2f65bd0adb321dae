"""Your points seem projected without centring the data first: subtract the mean of each column before finding the directions and the scores."""
import matplotlib.pyplot as plt
import numpy as np


def plot_pca_projection(X):
    X = np.asarray(X, dtype=float)
    Xc = X
    values, vectors = np.linalg.eigh(Xc.T @ Xc / len(X))
    W = vectors[:, ::-1][:, :2]
    for j in range(2):
        if W[np.argmax(np.abs(W[:, j])), j] < 0:
            W[:, j] = -W[:, j]
    Z = Xc @ W
    fig, ax = plt.subplots()
    ax.scatter(Z[:, 0], Z[:, 1])
    ax.set_xlabel("PC1")
    ax.set_ylabel("PC2")
    return fig
