"""Your plot seems to have unlabelled axes: say which principal component each axis shows (for example PC1 and PC2)."""
import matplotlib.pyplot as plt
import numpy as np


def plot_pca_projection(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / len(X))
    W = vectors[:, ::-1][:, :2]
    for j in range(2):
        if W[np.argmax(np.abs(W[:, j])), j] < 0:
            W[:, j] = -W[:, j]
    Z = Xc @ W
    fig, ax = plt.subplots()
    ax.scatter(Z[:, 0], Z[:, 1])
    return fig
