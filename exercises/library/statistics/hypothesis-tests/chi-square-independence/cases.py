import numpy as np


def random_table(rng, r, c, total, strength):
    """Counts from a table whose cell probabilities depart from independence by `strength`."""
    rows, cols = rng.dirichlet(np.full(r, 5.0)), rng.dirichlet(np.full(c, 5.0))
    probs = np.outer(rows, cols) * np.exp(strength * rng.normal(size=(r, c)))
    counts = rng.multinomial(total, (probs / probs.sum()).ravel()).reshape(r, c)
    return counts + 1  # no empty row, column or cell


def cases(rng):
    out = [
        {"name": "worked example: drinks by status (2 x 3)", "public": True,
         "args": {"table": [[20, 30, 10], [30, 20, 40]]}},
        {"name": "a 2 x 2 table", "public": True, "args": {"table": [[12, 8], [5, 15]]}},
        {"name": "perfectly independent (chi2 = 0)", "public": True,
         "args": {"table": [[10, 20, 30], [20, 40, 60]]}},
        {"name": "a numpy array (3 x 2)", "public": True,
         "args": {"table": np.array([[25, 15], [10, 30], [20, 20]])}},
    ]
    out.append({"name": "random 2 x 2, moderate association",
                "args": {"table": random_table(rng, 2, 2, int(rng.integers(60, 200)), 0.3)}})
    out.append({"name": "random 3 x 4",
                "args": {"table": random_table(rng, 3, 4, int(rng.integers(150, 500)), 0.15)}})
    out.append({"name": "random 4 x 2, weak association",
                "args": {"table": random_table(rng, 4, 2, int(rng.integers(100, 300)), 0.05)}})
    out.append({"name": "large counts, strong association (tiny p)",
                "args": {"table": random_table(rng, 3, 3, int(rng.integers(5000, 20000)), 0.5)}})
    out.append({"name": "5 x 5 with small counts",
                "args": {"table": random_table(rng, 5, 5, int(rng.integers(40, 80)), 0.2)}})
    return out
