import numpy as np


def recommend(mu, b_user, b_item, U, V, rated, user, n):
    """The n unrated items with the highest predicted scores for `user`, by decreasing score,
    equal scores in increasing item order. Returns (items, scores)."""
    b_item = np.asarray(b_item, dtype=float)
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    scores = mu + float(np.asarray(b_user, dtype=float)[user]) + b_item + V @ U[user]
    candidates = np.flatnonzero(np.asarray(rated)[user] == 0)      # never re-recommend
    order = np.argsort(-scores[candidates], kind="stable")          # ties: lower index first
    top = candidates[order[:n]]
    return top, scores[top]
