"""Your predictions seem to leave the rating scale (a 5.9 for a 1 to 5 scale). Clip every prediction to [r_min, r_max]: no true rating lies outside, so clipping never makes an error larger."""
# Mistake: no clipping; predictions and RMSE use the raw model output.
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
    predictions = raw
    rmse = float(np.sqrt(np.mean((predictions - ratings) ** 2)))
    return predictions, rmse
