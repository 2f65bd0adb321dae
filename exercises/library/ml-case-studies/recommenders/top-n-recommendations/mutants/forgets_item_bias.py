"""Your scores seem to leave out the item bias b_j. Unlike mu and b_u, it differs from item to item, so leaving it out changes the ranking, not only the scores."""
# Mistake: s_j = mu + b_u + u . v_j, without b_j.
import numpy as np


def recommend(mu, b_user, b_item, U, V, rated, user, n):
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    scores = mu + float(np.asarray(b_user, dtype=float)[user]) + V @ U[user]
    candidates = np.flatnonzero(np.asarray(rated)[user] == 0)
    order = np.argsort(-scores[candidates], kind="stable")
    top = candidates[order[:n]]
    return top, scores[top]
