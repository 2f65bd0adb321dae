import numpy as np


def cases(rng):
    out = [
        {"name": "worked example (n = 8)", "public": True,
         "args": {"x": [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]}},
        {"name": "odd n, unsorted", "public": True,
         "args": {"x": [7.0, 1.0, 3.0, 10.0, 4.0]}},
        {"name": "an outlier pulls the mean, not the median", "public": True,
         "args": {"x": [3.0, 1.0, 2.0, 100.0]}},
        {"name": "a numpy array, unsorted", "public": True,
         "args": {"x": np.array([6.5, 2.0, 9.0, 4.5, 3.0, 7.0])}},
    ]
    # Large and close together, the same in every variant: the one-pass shortcut
    # (sum(x^2) - n mean^2) / (n - 1) loses every digit of the variance here.
    out.append({"name": "values near 1e8, spread 1 (fixed)", "fixed": True,
                "args": {"x": 1e8 + np.random.default_rng(5).normal(0.0, 1.0, size=8)}})

    n = int(rng.integers(7, 30)) | 1  # odd
    out.append({"name": "random odd-sized sample",
                "args": {"x": rng.normal(float(rng.uniform(-5, 5)), 2.0, size=n)}})

    n = 2 * int(rng.integers(4, 15))  # even
    out.append({"name": "random even-sized sample, skewed",
                "args": {"x": rng.exponential(3.0, size=n)}})

    out.append({"name": "two values",
                "args": {"x": [float(v) for v in rng.normal(0.0, 5.0, size=2)]}})

    n = int(rng.integers(3, 7))
    out.append({"name": "small sample of negative values",
                "args": {"x": -np.abs(rng.normal(10.0, 4.0, size=n))}})

    n = 2 * int(rng.integers(3, 8))
    out.append({"name": "large offset 1e8, small spread",
                "args": {"x": 1e8 + rng.normal(0.0, 1.0, size=n)}})

    values = [int(v) for v in rng.integers(0, 6, size=int(rng.integers(6, 13)))]
    values[0] = 0
    values[1] = 5  # not constant
    out.append({"name": "integers with ties (a list)", "args": {"x": values}})

    n = 2 * int(rng.integers(3, 10)) + 1
    out.append({"name": "very different magnitudes",
                "args": {"x": rng.normal(0.0, 1.0, size=n) * 10.0 ** rng.integers(-3, 4, size=n)}})
    return out
