"""Your filters and their biases seem to stay at their initial values. Every parameter takes a step at every batch, the convolution's W and b as well as the dense layer's V and c."""
# Mistake: updates only the dense layer (V, c); the filters W and biases b never move.
import numpy as np


def _forward(X, W, b, V, c):
    """Logits of the CNN for the images X (n, H, W), and what the backward pass needs."""
    n = X.shape[0]
    K, _, kh, kw = W.shape
    h1, w1 = X.shape[1] - kh + 1, X.shape[2] - kw + 1
    Z = np.zeros((n, K, h1, w1)) + b[None, :, None, None]
    for a in range(kh):
        for e in range(kw):
            Z += X[:, None, a:a + h1, e:e + w1] * W[None, :, 0, a, e, None, None]
    A = np.maximum(Z, 0.0)
    h2, w2 = h1 // 2, w1 // 2
    windows = (A[:, :, :2 * h2, :2 * w2].reshape(n, K, h2, 2, w2, 2)
               .transpose(0, 1, 2, 4, 3, 5).reshape(n, K, h2, w2, 4))
    winner = windows.argmax(axis=-1)               # the first maximum on a tie
    F = windows.max(axis=-1).reshape(n, -1)        # (channel, row, column) order
    return F @ V.T + c, (Z, windows, winner, F)


def _loss_and_gradients(X, y, W, b, V, c):
    """The previous exercise: mean cross-entropy and its gradients (dW, db, dV, dc)."""
    n = X.shape[0]
    K, _, kh, kw = W.shape
    logits, (Z, windows, winner, F) = _forward(X, W, b, V, c)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()

    G = np.exp(log_probs)
    G[np.arange(n), y] -= 1.0
    G /= n
    dV = G.T @ F
    dc = G.sum(axis=0)
    h2, w2 = windows.shape[2:4]
    dP = (G @ V).reshape(n, K, h2, w2)
    d_windows = np.zeros_like(windows)
    np.put_along_axis(d_windows, winner[..., None], dP[..., None], axis=-1)
    dZ = np.zeros_like(Z)
    dZ[:, :, :2 * h2, :2 * w2] = (d_windows.reshape(n, K, h2, w2, 2, 2)
                                  .transpose(0, 1, 2, 4, 3, 5).reshape(n, K, 2 * h2, 2 * w2))
    dZ *= Z > 0                                    # ReLU'(0) = 0
    h1, w1 = Z.shape[2:]
    dW = np.zeros_like(W)
    for a in range(kh):
        for e in range(kw):
            dW[:, 0, a, e] = np.einsum("nkij,nij->k", dZ, X[:, a:a + h1, e:e + w1])
    return loss, dW, dZ.sum(axis=(0, 2, 3)), dV, dc


def train_digit_cnn(images, labels, test_images, test_labels, W0, b0, V0, c0,
                    lr, epochs, batch_size):
    X = np.asarray(images, dtype=float)
    y = np.asarray(labels, dtype=int)
    W = np.array(W0, dtype=float)
    b = np.array(b0, dtype=float)
    V = np.array(V0, dtype=float)
    c = np.array(c0, dtype=float)
    losses = []
    for _ in range(epochs):
        for start in range(0, len(X), batch_size):   # the last batch may be smaller
            batch = slice(start, start + batch_size)
            loss, dW, db, dV, dc = _loss_and_gradients(X[batch], y[batch], W, b, V, c)
            losses.append(loss)
            V, c = V - lr * dV, c - lr * dc
    test_logits, _ = _forward(np.asarray(test_images, dtype=float), W, b, V, c)
    accuracy = np.mean(test_logits.argmax(axis=1) == np.asarray(test_labels))
    return np.array(losses), W, b, V, c, float(accuracy)
