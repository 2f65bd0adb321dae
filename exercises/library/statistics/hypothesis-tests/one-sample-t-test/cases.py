import numpy as np


def shifted_sample(rng, n, mu0, t_target, scale):
    """A random sample of size n whose t statistic against mu0 is exactly t_target."""
    z = rng.normal(size=n)
    z = (z - z.mean()) / z.std(ddof=1)                 # mean 0, sample sd 1
    return mu0 + scale * (z + t_target / np.sqrt(n))


def cases(rng):
    out = [
        {"name": "worked example: bottle filling", "public": True,
         "args": {"x": [5.1, 4.9, 5.6, 5.8, 6.0, 5.7], "mu0": 5.0}},
        {"name": "no evidence against H0", "public": True,
         "args": {"x": [4.9, 5.6, 5.1, 4.4, 5.5, 5.3], "mu0": 5.0}},
        {"name": "negative t, three values", "public": True,
         "args": {"x": [1.0, 2.0, 1.5], "mu0": 3.0}},
        {"name": "a numpy array", "public": True,
         "args": {"x": np.array([10.4, 9.8, 10.9, 10.1, 10.6]), "mu0": 10.0}},
    ]
    # Large samples, the same in every variant: Student's t with n - 1 degrees of freedom is
    # still visibly heavier-tailed than the normal distribution at n = 60 and n = 400.
    fixed = np.random.default_rng(20240615)
    for n, t in ((60, 2.3), (400, 2.0)):
        out.append({"name": f"large sample (n = {n}), moderate t (fixed)", "fixed": True,
                    "args": {"x": shifted_sample(fixed, n, 5.0, t, 2.0), "mu0": 5.0}})
    for n, t in ((3, 2.5), (int(rng.integers(4, 7)), -2.2), (int(rng.integers(6, 10)), 1.8)):
        mu0 = float(rng.normal(0, 10))
        out.append({"name": f"small sample (n = {n}), moderate t",
                    "args": {"x": shifted_sample(rng, n, mu0, t * float(rng.uniform(0.9, 1.1)), float(rng.uniform(0.5, 5))),
                             "mu0": mu0}})
    n = int(rng.integers(30, 100))
    out.append({"name": "larger sample, random data",
                "args": {"x": rng.normal(float(rng.uniform(-0.5, 0.5)), 1.0, size=n), "mu0": 0.0}})
    n = int(rng.integers(10, 20))
    out.append({"name": "very strong evidence (tiny p)",
                "args": {"x": rng.normal(10.0, 1.0, size=n), "mu0": 7.0}})
    out.append({"name": "large magnitudes",
                "args": {"x": shifted_sample(rng, int(rng.integers(5, 10)), 1e4, float(rng.uniform(1.5, 3)), 50.0),
                         "mu0": 1e4}})
    return out
