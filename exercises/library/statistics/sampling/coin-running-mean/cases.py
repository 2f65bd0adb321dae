def cases(rng):
    out = [
        {"name": "worked example: fair coin, 8 flips, seed 0", "public": True,
         "args": {"p": 0.5, "n": 8, "seed": 0}},
        {"name": "biased coin p = 0.9, 10 flips, seed 3", "public": True,
         "args": {"p": 0.9, "n": 10, "seed": 3}},
        {"name": "a single flip", "public": True, "args": {"p": 0.3, "n": 1, "seed": 11}},
    ]
    out.append({"name": "random p, a thousand flips",
                "args": {"p": float(rng.uniform(0.05, 0.95)), "n": int(rng.integers(500, 2000)),
                         "seed": int(rng.integers(0, 10**6))}})
    out.append({"name": "many flips", "args": {"p": float(rng.uniform(0.2, 0.8)),
                                               "n": int(rng.integers(10_000, 20_001)),
                                               "seed": int(rng.integers(0, 10**9))}})
    out.append({"name": "a rare event", "args": {"p": float(rng.uniform(0.001, 0.02)),
                                                 "n": int(rng.integers(100, 1000)), "seed": int(rng.integers(0, 10**6))}})
    out.append({"name": "p = 0: never heads", "args": {"p": 0.0, "n": int(rng.integers(5, 50)), "seed": int(rng.integers(0, 1000))}})
    out.append({"name": "p = 1: always heads", "args": {"p": 1.0, "n": int(rng.integers(5, 50)), "seed": int(rng.integers(0, 1000))}})
    return out
