import numpy as np


def cases(rng):
    out = [
        {"name": "worked example (4 x 2)", "public": True,
         "args": {"X": [[1.0, 2.0], [2.0, 1.0], [3.0, 5.0], [6.0, 4.0]]}},
        {"name": "one variable (3 x 1)", "public": True,
         "args": {"X": [[2.0], [4.0], [9.0]]}},
        {"name": "negatively related columns (3 x 3)", "public": True,
         "args": {"X": [[0.0, 4.0, 1.0], [1.0, 2.0, 1.0], [2.0, 0.0, 4.0]]}},
        {"name": "a numpy array (5 x 2)", "public": True,
         "args": {"X": np.array([[1.0, 3.0], [2.0, 5.0], [4.0, 4.0], [5.0, 9.0], [3.0, 4.0]])}},
    ]
    # Large means and a small spread, the same in every variant: the one-pass formula
    # (X^T X - n mean mean^T) / (n - 1) subtracts numbers near 1e12 to get numbers near 1.
    fixed = np.random.default_rng(606)
    out.append({"name": "means near 1e6, spread 1 (fixed)", "fixed": True,
                "args": {"X": 1e6 + fixed.normal(size=(10, 3)) @ np.array(
                    [[1.0, 0.5, 0.0], [0.0, 1.0, -0.3], [0.0, 0.0, 0.8]])}})

    n, d = int(rng.integers(8, 30)), int(rng.integers(2, 6))
    mixing = rng.normal(size=(d, d))
    out.append({"name": "random correlated data",
                "args": {"X": rng.normal(size=(n, d)) @ mixing + rng.normal(0, 5, size=d)}})

    n, d = int(rng.integers(3, 6)), int(rng.integers(6, 9))
    out.append({"name": "fewer observations than variables (rank-deficient)",
                "args": {"X": rng.normal(size=(n, d))}})

    n = int(rng.integers(10, 20))
    scales = 10.0 ** np.array([-3, 0, 3])
    out.append({"name": "columns on very different scales",
                "args": {"X": rng.normal(size=(n, 3)) * scales}})

    n, d = int(rng.integers(6, 15)), int(rng.integers(2, 5))
    out.append({"name": "large means, small spread",
                "args": {"X": 1e4 + rng.normal(size=(n, d))}})

    n = int(rng.integers(5, 12))
    x = rng.normal(size=n)
    out.append({"name": "perfectly dependent columns",
                "args": {"X": np.column_stack([x, -2.0 * x + 1.0, rng.normal(size=n)])}})

    out.append({"name": "two observations",
                "args": {"X": rng.normal(size=(2, int(rng.integers(2, 4))))}})
    return out
