import numpy as np


def cases(rng):
    out = [
        {"name": "3-4-5 triangle", "public": True, "args": {"v": [3, 4]}},
        {"name": "negative entry", "public": True, "args": {"v": [2, -3, 6]}},
        {"name": "single entry", "public": True, "args": {"v": [-2.5]}},
        {"name": "numpy array of floats", "public": True,
         "args": {"v": np.array([0.5, -0.5, 0.5, -0.5])}},
    ]

    n = int(rng.integers(5, 40))
    out.append({"name": "random floats", "args": {"v": rng.normal(size=n)}})

    n = int(rng.integers(3, 8))
    out.append({"name": "zero vector", "args": {"v": np.zeros(n)}})

    n = int(rng.integers(4, 10))
    out.append({"name": "all negative", "args": {"v": -rng.uniform(0.5, 4.0, size=n)}})

    n = int(rng.integers(4, 9))
    v = rng.choice([-1.0, 1.0], size=n) * rng.uniform(1.0, 2.0, size=n) \
        * 10.0 ** rng.integers(-5, 6, size=n)
    out.append({"name": "widely different magnitudes", "args": {"v": v}})

    n = int(rng.integers(10, 50))
    out.append({"name": "integer list", "args": {
        "v": [int(x) for x in rng.integers(-9, 10, size=n)]}})

    e = np.zeros(int(rng.integers(3, 9)))
    e[int(rng.integers(0, len(e)))] = rng.uniform(0.1, 10.0)
    out.append({"name": "one non-zero entry", "args": {"v": e}})
    return out
