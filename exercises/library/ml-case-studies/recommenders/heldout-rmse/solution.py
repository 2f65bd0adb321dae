import numpy as np


def predict_and_rmse(mu, b_user, b_item, U, V, users, items, ratings, r_min, r_max):
    """Clipped predictions mu + b_u + b_i + u_u . v_i of the held-out (user, item) pairs and
    their RMSE against the true ratings. Returns (predictions, rmse)."""
    b_user = np.asarray(b_user, dtype=float)
    b_item = np.asarray(b_item, dtype=float)
    U = np.asarray(U, dtype=float)
    V = np.asarray(V, dtype=float)
    users = np.asarray(users, dtype=int)
    items = np.asarray(items, dtype=int)
    ratings = np.asarray(ratings, dtype=float)
    raw = mu + b_user[users] + b_item[items] + np.sum(U[users] * V[items], axis=1)
    predictions = np.clip(raw, r_min, r_max)        # a rating never leaves the scale
    rmse = float(np.sqrt(np.mean((predictions - ratings) ** 2)))
    return predictions, rmse
