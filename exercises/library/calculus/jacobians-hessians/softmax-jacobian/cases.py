import numpy as np


def cases(rng):
    out = [
        {"name": "z = (0, ln 3)", "public": True, "args": {"z": [0.0, float(np.log(3.0))]}},
        {"name": "three equal scores", "public": True, "args": {"z": [1.0, 1.0, 1.0]}},
        {"name": "z = (1, 2, 3)", "public": True, "args": {"z": np.array([1.0, 2.0, 3.0])}},
    ]

    n = int(rng.integers(4, 10))
    out.append({"name": "random scores", "args": {"z": rng.normal(0.0, 2.0, size=n)}})

    n = int(rng.integers(3, 7))
    out.append({"name": "very large scores (overflow without the shift)", "args": {
        "z": 1000.0 + rng.normal(0.0, 2.0, size=n)}})

    n = int(rng.integers(3, 7))
    out.append({"name": "very negative scores", "args": {"z": -800.0 + rng.normal(0.0, 2.0, size=n)}})

    out.append({"name": "a single score", "args": {"z": [float(rng.normal())]}})

    n = int(rng.integers(4, 8))
    z = rng.normal(size=n)
    z[int(rng.integers(n))] += 12.0
    out.append({"name": "one dominant score", "args": {"z": z}})

    n = int(rng.integers(10, 30))
    out.append({"name": "many classes", "args": {"z": rng.normal(0.0, 1.0, size=n)}})

    # Scores 1000 apart, the same in every variant: shifting by anything but the maximum
    # (the minimum, the mean, the first score) leaves an exponent near 800 or 1000, which
    # overflows; only z - max(z) is safe.
    z = np.zeros(10)
    z[1], z[9] = 1000.0, 1000.0 - np.log(3.0)
    out.append({"name": "scores 1000 apart: eight at 0, two near 1000", "fixed": True,
                "args": {"z": z}})
    return out
