import numpy as np


def cases(rng):
    out = [
        {"name": "worked example: 3 calls at rate 2", "public": True, "args": {"k": 3, "lam": 2.0}},
        {"name": "an array of counts, rate 2", "public": True,
         "args": {"k": np.array([0, 1, 2, 3, 4, 5]), "lam": 2.0}},
        {"name": "rate 0", "public": True, "args": {"k": np.array([0, 1, 2]), "lam": 0.0}},
        {"name": "small rate", "public": True, "args": {"k": 1, "lam": 0.1}},
    ]

    # The top of the stated range, the same in every variant: lam^k and k! overflow for
    # lam = 1000, and k = 0 underflows to exactly 0.
    out.append({"name": "rate 1000 (fixed)", "fixed": True,
                "args": {"k": np.array([900, 970, 1000, 1031, 1100]), "lam": 1000.0}})

    lam = float(rng.uniform(1.0, 15.0))
    out.append({"name": "random counts, moderate rate",
                "args": {"k": rng.integers(0, 30, size=int(rng.integers(5, 15))), "lam": lam}})

    lam = float(rng.uniform(300.0, 1000.0))
    ks = np.round(lam + np.sqrt(lam) * rng.normal(0.0, 1.5, size=6)).astype(int)
    out.append({"name": "large rate near the mean (overflow)", "args": {"k": ks, "lam": lam}})

    lam = float(rng.uniform(0.5, 5.0))
    out.append({"name": "a 2-D array of counts",
                "args": {"k": rng.integers(0, 10, size=(3, 4)), "lam": lam}})

    lam = float(rng.uniform(5.0, 20.0))
    out.append({"name": "far right tail",
                "args": {"k": np.array([int(6 * lam), int(8 * lam)]), "lam": lam}})

    out.append({"name": "k = 0 at a random rate", "args": {"k": 0, "lam": float(rng.uniform(0.1, 50.0))}})

    out.append({"name": "rate 0, positive count", "args": {"k": int(rng.integers(1, 10)), "lam": 0.0}})
    return out
