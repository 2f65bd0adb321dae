"""Your scores seem to be clipped to the 1 to 5 scale before ranking. Items predicted above 5 then all tie at 5 and lose their order; rank by the raw scores, and return those."""
# Mistake: clips the scores to [1, 5] (as for the RMSE) before ranking.
import numpy as np


def recommend(mu, b_user, b_item, U, V, rated, user, n):
    b_item = np.asarray(b_item, dtype=float)
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    scores = np.clip(mu + float(np.asarray(b_user, dtype=float)[user]) + b_item + V @ U[user],
                     1.0, 5.0)
    candidates = np.flatnonzero(np.asarray(rated)[user] == 0)
    order = np.argsort(-scores[candidates], kind="stable")
    top = candidates[order[:n]]
    return top, scores[top]
