import numpy as np


def _all_ratings(rng, n_users, n_items, scale):
    """Every rating each user would give (the truth we only partly see): a global mean, user and
    item biases, two latent tastes and noise, rounded to the scale's steps."""
    low, high, step = scale
    b_user = rng.normal(0.0, 0.5, n_users)
    b_item = rng.normal(0.0, 0.6, n_items)
    taste = rng.normal(0.0, 0.8, (n_users, 2)) @ rng.normal(0.0, 0.8, (n_items, 2)).T
    noise = rng.normal(0.0, 0.5, (n_users, n_items))
    stars = 3.6 + b_user[:, None] + b_item[None, :] + taste + noise        # on a 1..5 scale
    stars = low + (stars - 1.0) * (high - low) / 4.0
    return np.clip(np.round(stars / step) * step, low, high)


def _fit(R, train, lam_bias, lam_factors, k, sweeps):
    """The model of the previous steps: biases by block updates, then ALS on the residuals."""
    M = train.astype(float)
    mu = (M * R).sum() / M.sum()
    b_user, b_item = np.zeros(R.shape[0]), np.zeros(R.shape[1])
    for _ in range(sweeps):
        b_item = (M * (R - mu - b_user[:, None])).sum(axis=0) / (lam_bias + M.sum(axis=0))
        b_user = (M * (R - mu - b_item[None, :])).sum(axis=1) / (lam_bias + M.sum(axis=1))
    E = R - mu - b_user[:, None] - b_item[None, :]
    V = np.full((R.shape[1], k), 0.5) + 0.1 * np.arange(k)
    U = np.zeros((R.shape[0], k))
    for _ in range(sweeps):
        for i in range(R.shape[0]):
            Vo = V[train[i]]
            U[i] = np.linalg.solve(Vo.T @ Vo + lam_factors * np.eye(k), Vo.T @ E[i, train[i]])
        for j in range(R.shape[1]):
            Uo = U[train[:, j]]
            V[j] = np.linalg.solve(Uo.T @ Uo + lam_factors * np.eye(k), Uo.T @ E[train[:, j], j])
    return mu, b_user, b_item, U, V


def _held_out_case(rng, n_users, n_items, scale=(1.0, 5.0, 1.0), density=0.4, held=0.2):
    """Observed ratings split at random into training (fit) and held-out (scored) ratings."""
    R = _all_ratings(rng, n_users, n_items, scale)
    observed = rng.random(R.shape) < density
    test = observed & (rng.random(R.shape) < held)
    train = observed & ~test
    mu, b_user, b_item, U, V = _fit(R, train, 5.0, 2.0, 2, 3)
    users, items = np.nonzero(test)
    order = rng.permutation(len(users))
    users, items = users[order], items[order]
    return {"mu": float(mu), "b_user": b_user, "b_item": b_item, "U": U, "V": V,
            "users": users, "items": items, "ratings": R[users, items],
            "r_min": scale[0], "r_max": scale[1]}


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"mu": 3.6, "b_user": [0.3, -0.5], "b_item": [0.8, -0.4, 0.1],
                  "U": [[1.0, 0.5], [0.2, -1.0]],
                  "V": [[1.0, 0.4], [-0.5, 0.2], [0.6, -1.2]],
                  "users": [0, 1, 1, 0], "items": [0, 1, 2, 2], "ratings": [5.0, 3.0, 4.0, 3.0],
                  "r_min": 1.0, "r_max": 5.0}},
        {"name": "a prediction below the scale", "public": True,
         "args": {"mu": 2.0, "b_user": [-0.8], "b_item": [-0.6, 0.5], "U": [[1.0]],
                  "V": [[-0.5], [1.5]], "users": [0, 0], "items": [0, 1],
                  "ratings": [1.0, 4.0], "r_min": 1.0, "r_max": 5.0}},
        {"name": "half stars from 0.5 to 5, a user the model knows nothing about", "public": True,
         "args": {"mu": 3.2, "b_user": [0.0, 0.4], "b_item": [-1.2, 0.9, -2.5],
                  "U": [[0.0, 0.0], [1.0, -0.5]],
                  "V": [[0.5, 0.5], [0.8, -1.0], [-0.2, 0.2]],
                  "users": [0, 0, 1, 1, 0], "items": [0, 1, 1, 2, 2],
                  "ratings": [2.5, 4.0, 5.0, 0.5, 1.0], "r_min": 0.5, "r_max": 5.0}},
    ]

    # Fixed cases: the same in every variant, so every learner meets the rules they test.
    fixed = np.random.default_rng(2718)
    out.append({"name": "40 users x 25 items, 20 % of the ratings held out", "fixed": True,
                "args": _held_out_case(fixed, 40, 25)})
    out.append({"name": "a 1 to 10 scale", "fixed": True,
                "args": _held_out_case(fixed, 25, 15, scale=(1.0, 10.0, 1.0))})
    out.append({"name": "half stars, 0.5 to 5", "fixed": True,
                "args": _held_out_case(fixed, 30, 20, scale=(0.5, 5.0, 0.5), density=0.5)})

    case = _held_out_case(rng, int(rng.integers(20, 50)), int(rng.integers(10, 30)),
                          density=float(rng.uniform(0.3, 0.6)))
    out.append({"name": "random held-out ratings", "args": case})
    case = _held_out_case(rng, int(rng.integers(10, 20)), int(rng.integers(8, 15)), density=0.6)
    case = {key: (value.tolist() if isinstance(value, np.ndarray) else value)
            for key, value in case.items()}
    out.append({"name": "everything as lists", "args": case})
    case = _held_out_case(rng, int(rng.integers(15, 30)), int(rng.integers(10, 20)),
                          density=0.8, held=0.05)
    out.append({"name": "few held-out ratings, dense data", "args": case})
    return out
