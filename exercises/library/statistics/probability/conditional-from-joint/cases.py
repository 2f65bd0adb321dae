import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: spam and the word 'free'", "public": True,
         "args": {"joint": [[0.30, 0.10], [0.15, 0.45]]}},
        {"name": "a table of counts (2 x 3) with a zero", "public": True,
         "args": {"joint": [[10.0, 30.0, 10.0], [0.0, 5.0, 45.0]]}},
        {"name": "independent variables: every row is the same", "public": True,
         "args": {"joint": [[0.08, 0.12], [0.32, 0.48]]}},
        {"name": "a numpy array (3 x 2)", "public": True,
         "args": {"joint": np.array([[0.10, 0.30], [0.25, 0.05], [0.12, 0.18]])}},
    ]

    r = int(rng.integers(3, 6))
    table = rng.random((r, r))
    out.append({"name": "random square joint table", "args": {"joint": table / table.sum()}})

    r, c = int(rng.integers(2, 5)), int(rng.integers(5, 8))
    out.append({"name": "random counts, wide table",
                "args": {"joint": rng.integers(0, 50, size=(r, c)) + np.eye(r, c, dtype=int)}})

    r, c = int(rng.integers(5, 8)), int(rng.integers(2, 4))
    table = rng.random((r, c))
    table[rng.random((r, c)) < 0.3] = 0.0
    table[:, 0] += 0.01  # every row total stays positive
    out.append({"name": "tall table with zeros", "args": {"joint": table / table.sum()}})

    out.append({"name": "single row", "args": {"joint": rng.random((1, int(rng.integers(3, 7))))}})

    out.append({"name": "single column", "args": {"joint": rng.random((int(rng.integers(2, 5)), 1))}})

    r = int(rng.integers(2, 5))
    out.append({"name": "rows of very different totals",
                "args": {"joint": rng.random((r, r)) * (10.0 ** np.arange(r))[:, None]}})
    return out
