"""Your list seems to be cut to n before the rated items are removed, so it comes back short. Remove the rated items first, then take the best n of what is left."""
# Mistake: takes the top n of ALL items, then drops the rated ones from that list.
import numpy as np


def recommend(mu, b_user, b_item, U, V, rated, user, n):
    b_item = np.asarray(b_item, dtype=float)
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    scores = mu + float(np.asarray(b_user, dtype=float)[user]) + b_item + V @ U[user]
    top = np.argsort(-scores, kind="stable")[:n]
    seen = np.asarray(rated)[user]
    top = np.array([j for j in top if seen[j] == 0], dtype=int)
    return top, scores[top]
