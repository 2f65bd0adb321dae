"""When two items have exactly the same score, yours seem to be listed with the higher index first (as reversing an increasing sort does). Equal scores go in increasing index order."""
# Mistake: sorts by increasing score and reverses, so among EQUAL scores the higher index comes
# first.
import numpy as np


def recommend(mu, b_user, b_item, U, V, rated, user, n):
    b_item = np.asarray(b_item, dtype=float)
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    scores = mu + float(np.asarray(b_user, dtype=float)[user]) + b_item + V @ U[user]
    candidates = np.flatnonzero(np.asarray(rated)[user] == 0)
    order = np.argsort(scores[candidates], kind="stable")[::-1]
    top = candidates[order[:n]]
    return top, scores[top]
