import numpy as np


def _catalogue(rng, n_users, n_items, k, density):
    """A fitted model of a streaming catalogue: mean rating near 3.6, user and item biases, k
    latent tastes; `rated` marks what each user has already rated (popular items more often)."""
    b_user = rng.normal(0.0, 0.4, n_users)
    b_item = rng.normal(0.0, 0.5, n_items)
    U = rng.normal(0.0, 0.6, (n_users, k))
    V = rng.normal(0.0, 0.6, (n_items, k))
    popularity = np.exp(1.5 * b_item)
    p = np.minimum(0.95, density * popularity / popularity.mean())
    rated = (rng.random((n_users, n_items)) < p[None, :]).astype(int)
    return float(rng.normal(3.6, 0.1)), b_user, b_item, U, V, rated


def _separated(mu, b_user, b_item, U, V, rated, user):
    """True when the user's candidate scores are pairwise apart by far more than rounding, so
    that any correct way of adding them up gives the same order."""
    scores = mu + b_user[user] + b_item + V @ U[user]
    s = np.sort(scores[np.asarray(rated)[user] == 0])
    return len(s) < 2 or bool(np.min(np.diff(s)) > 1e-9)


def _random_case(rng, n_users, n_items, k, density):
    while True:
        mu, b_user, b_item, U, V, rated = _catalogue(rng, n_users, n_items, k, density)
        user = int(rng.integers(0, n_users))
        if _separated(mu, b_user, b_item, U, V, rated, user):
            return {"mu": mu, "b_user": b_user, "b_item": b_item, "U": U, "V": V,
                    "rated": rated, "user": user}


def _dyadic_catalogue(rng, n_users, n_items, k):
    """Biases and factors on a grid of 1/16 and 1/8, so every score is computed exactly in
    floating point, whatever the order of the additions: equal scores are exactly equal."""
    b_user = rng.integers(-8, 9, n_users) / 16
    b_item = rng.integers(-12, 13, n_items) / 16
    U = rng.integers(-8, 9, (n_users, k)) / 8
    V = rng.integers(-8, 9, (n_items, k)) / 8
    return b_user, b_item, U, V


def cases(rng):
    worked = {"mu": 3.5, "b_user": [0.25], "b_item": [0.5, -0.25, 0.75, 0.0, 0.25],
              "U": [[1.0, 0.5]], "V": [[0.5, 0.5], [1.0, 0.0], [0.0, -0.5], [0.5, 1.0], [0.5, 0.0]],
              "rated": [[1, 0, 0, 1, 0]], "user": 0}
    out = [
        {"name": "worked example, N = 2", "public": True, "args": {**worked, "n": 2}},
        {"name": "worked example, N = 5: only three candidates", "public": True,
         "args": {**worked, "n": 5}},
        {"name": "a new user: zero factors, ranked by the item biases", "public": True,
         "args": {"mu": 3.5, "b_user": [0.5, 0.0], "b_item": [0.25, -0.5, 0.75, 0.25, 0.0, 0.75],
                  "U": [[1.0, -1.0], [0.0, 0.0]],
                  "V": [[1.0, 0.0], [0.5, 0.5], [0.0, 1.0], [0.25, 0.25], [1.0, 1.0], [0.5, 0.0]],
                  "rated": [[1, 1, 0, 0, 1, 0], [0, 0, 0, 0, 0, 0]], "user": 1, "n": 4}},
    ]

    # Fixed cases: the same in every variant, so every learner meets the rules they test.
    fixed = np.random.default_rng(6174)
    b_user, b_item, U, V = _dyadic_catalogue(fixed, 6, 24, 3)
    for first, second in ((3, 17), (8, 21), (5, 11)):     # the same film in two editions
        b_item[second], V[second] = b_item[first], V[first]
    rated = (fixed.random((6, 24)) < 0.3).astype(int)
    rated[2, [3, 17, 8, 21, 5, 11]] = 0
    out.append({"name": "films in two editions: exact ties, 24 items", "fixed": True,
                "args": {"mu": 3.5, "b_user": b_user, "b_item": b_item, "U": U, "V": V,
                         "rated": rated, "user": 2, "n": 9}})
    b_user, b_item, U, V = _dyadic_catalogue(fixed, 4, 12, 2)
    U[1] = [1.0, 1.0]
    V[[2, 6, 9]] = [[0.75, 0.625], [0.875, 0.75], [1.0, 0.875]]
    b_item[[2, 6, 9]] = [0.5, 0.625, 0.75]
    rated = (fixed.random((4, 12)) < 0.4).astype(int)
    rated[1, [2, 6, 9]] = 0
    out.append({"name": "several items predicted above 5 stars", "fixed": True,
                "args": {"mu": 3.75, "b_user": b_user, "b_item": b_item, "U": U, "V": V,
                         "rated": rated, "user": 1, "n": 3}})
    b_user, b_item, U, V = _dyadic_catalogue(fixed, 3, 8, 2)
    rated = np.ones((3, 8), dtype=int)
    rated[0, 5] = 0
    out.append({"name": "a user who has rated every item", "fixed": True,
                "args": {"mu": 3.5, "b_user": b_user, "b_item": b_item, "U": U, "V": V,
                         "rated": rated, "user": 1, "n": 3}})
    b_user, b_item, U, V = _dyadic_catalogue(fixed, 5, 15, 2)
    rated = (fixed.random((5, 15)) < 0.5).astype(bool)
    out.append({"name": "N larger than the number of unrated items", "fixed": True,
                "args": {"mu": 3.5, "b_user": b_user, "b_item": b_item, "U": U, "V": V,
                         "rated": rated | np.eye(5, 15, k=3, dtype=bool), "user": 4, "n": 12}})

    case = _random_case(rng, int(rng.integers(10, 30)), int(rng.integers(20, 50)),
                        int(rng.integers(2, 5)), float(rng.uniform(0.1, 0.4)))
    out.append({"name": "random catalogue", "args": {**case, "n": int(rng.integers(3, 10))}})
    case = _random_case(rng, int(rng.integers(5, 10)), int(rng.integers(8, 15)), 2, 0.5)
    case = {key: (value.tolist() if isinstance(value, np.ndarray) else value)
            for key, value in case.items()}
    out.append({"name": "small catalogue as lists", "args": {**case, "n": 3}})
    case = _random_case(rng, int(rng.integers(10, 20)), int(rng.integers(30, 50)), 3, 0.6)
    out.append({"name": "popular items mostly rated already", "args": {**case, "n": 5}})
    case = _random_case(rng, int(rng.integers(5, 15)), int(rng.integers(10, 30)), 2, 0.2)
    out.append({"name": "N = 1: the single best pick", "args": {**case, "n": 1}})
    case = _random_case(rng, int(rng.integers(5, 15)), int(rng.integers(20, 40)), 2, 0.2)
    case["b_user"] = case["b_user"].copy()
    case["b_user"][case["user"]] += 1.5               # generous: most scores above 5 stars
    out.append({"name": "a generous user, many predictions above 5", "args": {**case, "n": 6}})
    return out
