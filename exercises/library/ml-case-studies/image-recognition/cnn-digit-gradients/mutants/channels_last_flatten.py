"""Your features seem to be flattened channels last, (row, column, channel). The convention here is channel by channel, each map row by row: P[m].reshape(-1) for P of shape (n, K, h, w)."""
# Mistake: flattens the pooled maps channels last (as in TensorFlow's NHWC layout).
import numpy as np


def cnn_loss_and_gradients(images, labels, W, b, V, c):
    X = np.asarray(images, dtype=float)            # (n, H, W)
    y = np.asarray(labels, dtype=int)              # (n,)
    W = np.asarray(W, dtype=float)                 # (K, 1, kh, kw)
    b = np.asarray(b, dtype=float)                 # (K,)
    V = np.asarray(V, dtype=float)                 # (M, F)
    c = np.asarray(c, dtype=float)                 # (M,)
    n = X.shape[0]
    K, _, kh, kw = W.shape

    # forward: convolution, one shifted copy of the images per kernel entry
    h1, w1 = X.shape[1] - kh + 1, X.shape[2] - kw + 1
    Z = np.zeros((n, K, h1, w1)) + b[None, :, None, None]
    for a in range(kh):
        for e in range(kw):
            Z += X[:, None, a:a + h1, e:e + w1] * W[None, :, 0, a, e, None, None]
    A = np.maximum(Z, 0.0)

    # 2 x 2 max pooling, stride 2: each window's 4 entries in row-major order on the last axis
    h2, w2 = h1 // 2, w1 // 2
    windows = (A[:, :, :2 * h2, :2 * w2].reshape(n, K, h2, 2, w2, 2)
               .transpose(0, 1, 2, 4, 3, 5).reshape(n, K, h2, w2, 4))
    winner = windows.argmax(axis=-1)               # the first maximum on a tie
    P = windows.max(axis=-1)
    F = P.transpose(0, 2, 3, 1).reshape(n, -1)                           # (channel, row, column) order

    # dense layer and softmax cross-entropy, with the log-sum-exp shift against overflow
    logits = F @ V.T + c
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()

    # backward
    G = np.exp(log_probs)
    G[np.arange(n), y] -= 1.0
    G /= n                                         # dL/dlogits
    dV = G.T @ F
    dc = G.sum(axis=0)
    dP = (G @ V).reshape(n, h2, w2, K).transpose(0, 3, 1, 2)
    d_windows = np.zeros_like(windows)             # only each window's winner gets gradient
    np.put_along_axis(d_windows, winner[..., None], dP[..., None], axis=-1)
    dA = np.zeros_like(A)
    dA[:, :, :2 * h2, :2 * w2] = (d_windows.reshape(n, K, h2, w2, 2, 2)
                                  .transpose(0, 1, 2, 4, 3, 5).reshape(n, K, 2 * h2, 2 * w2))
    dZ = dA * (Z > 0)                              # ReLU'(0) = 0
    db = dZ.sum(axis=(0, 2, 3))
    dW = np.zeros_like(W)
    for a in range(kh):
        for e in range(kw):
            dW[:, 0, a, e] = np.einsum("nkij,nij->k", dZ, X[:, a:a + h1, e:e + w1])
    return loss, dW, db, dV, dc
