"""Your predictions are clipped, but your RMSE seems to be computed from the raw, unclipped values. The error of a prediction is the error of what the recommender would show, the clipped value."""
# Mistake: clips the returned predictions but computes the RMSE from the raw values.
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
    predictions = np.clip(raw, r_min, r_max)
    rmse = float(np.sqrt(np.mean((raw - ratings) ** 2)))
    return predictions, rmse
