import numpy as np


def cases(rng):
    out = [
        {"name": "z = [0, 2]", "public": True, "args": {"z": np.array([0.0, 2.0])}},
        {"name": "z = [-1, 0.5, 3]", "public": True, "args": {"z": np.array([-1.0, 0.5, 3.0])}},
        {"name": "a 2x2 matrix with a zero", "public": True,
         "args": {"z": np.array([[0.0, -2.0], [1.0, 4.0]])}},
    ]

    n = int(rng.integers(8, 20))
    out.append({"name": "random values", "args": {"z": rng.normal(0.0, 2.0, size=n)}})

    z = rng.normal(0.0, 1.0, size=(int(rng.integers(2, 5)), int(rng.integers(3, 6))))
    z[0, 0] = 0.0
    out.append({"name": "a matrix of pre-activations", "args": {"z": z}})

    out.append({"name": "large magnitudes", "args": {
        "z": np.array([-50.0, -20.0, 20.0, 50.0]) * rng.uniform(0.9, 1.1)}})

    out.append({"name": "several exact zeros", "args": {"z": np.zeros(int(rng.integers(3, 7)))}})

    z = rng.uniform(-1e-3, 1e-3, size=6)
    out.append({"name": "values near the kink", "args": {"z": z}})

    out.append({"name": "negative values only", "args": {"z": -rng.uniform(0.1, 6.0, size=7)}})
    return out
