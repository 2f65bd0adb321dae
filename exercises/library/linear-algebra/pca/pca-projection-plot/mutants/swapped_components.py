"""Your axes seem swapped: the first principal component (the largest variance) goes on the x axis."""
import matplotlib.pyplot as plt
import numpy as np


def plot_pca_projection(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / len(X))
    W = vectors[:, ::-1][:, :2][:, ::-1].copy()
    for j in range(2):
        if W[np.argmax(np.abs(W[:, j])), j] < 0:
            W[:, j] = -W[:, j]
    Z = Xc @ W
    fig, ax = plt.subplots()
    ax.scatter(Z[:, 0], Z[:, 1])
    ax.set_xlabel("PC1")
    ax.set_ylabel("PC2")
    return fig
