"""Your predictions seem to be clipped to 1..5 whatever the scale. Clip to the r_min and r_max you are given: half stars go down to 0.5, and other services rate from 1 to 10."""
# Mistake: clips to the fixed range [1, 5] instead of [r_min, r_max].
import numpy as np


def predict_and_rmse(mu, b_user, b_item, U, V, users, items, ratings, r_min, r_max):
    b_user = np.asarray(b_user, dtype=float)
    b_item = np.asarray(b_item, dtype=float)
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    users = np.asarray(users, dtype=int)
    items = np.asarray(items, dtype=int)
    ratings = np.asarray(ratings, dtype=float)
    raw = mu + b_user[users] + b_item[items] + np.sum(U[users] * V[items], axis=1)
    predictions = np.clip(raw, 1.0, 5.0)
    rmse = float(np.sqrt(np.mean((predictions - ratings) ** 2)))
    return predictions, rmse
