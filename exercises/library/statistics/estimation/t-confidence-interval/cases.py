import numpy as np


def cases(rng):
    out = [
        {"name": "worked example (n = 6, alpha = 0.05)", "public": True,
         "args": {"x": [4.9, 5.6, 5.1, 4.4, 5.5, 5.3], "alpha": 0.05}},
        {"name": "two observations", "public": True, "args": {"x": [1.0, 3.0], "alpha": 0.05}},
        {"name": "alpha = 0.1", "public": True, "args": {"x": [12.0, 15.0, 11.0, 14.0, 13.0], "alpha": 0.1}},
        {"name": "a numpy array, alpha = 0.01", "public": True,
         "args": {"x": np.array([2.3, 1.9, 2.8, 2.4, 2.0, 2.6, 2.2]), "alpha": 0.01}},
    ]
    # A large sample, the same in every variant: t with 199 degrees of freedom (1.972) is
    # still not the normal 1.960.
    out.append({"name": "a large sample (n = 200) (fixed)", "fixed": True,
                "args": {"x": np.random.default_rng(4242).exponential(3.0, size=200), "alpha": 0.05}})
    for alpha in (0.01, 0.05):
        n = int(rng.integers(3, 8))
        out.append({"name": f"small random sample, alpha = {alpha}",
                    "args": {"x": rng.normal(float(rng.normal(0, 10)), float(rng.uniform(0.5, 5)), size=n), "alpha": alpha}})
    n = int(rng.integers(30, 200))
    out.append({"name": "larger sample", "args": {"x": rng.exponential(3.0, size=n), "alpha": 0.05}})
    n = int(rng.integers(4, 10))
    out.append({"name": "large values", "args": {"x": 1e5 + rng.normal(0, 20, size=n), "alpha": float(rng.uniform(0.02, 0.2))}})
    n = int(rng.integers(3, 6))
    out.append({"name": "negative values (a list)",
                "args": {"x": [float(v) for v in rng.normal(-50, 10, size=n)], "alpha": 0.1}})
    return out
