def cases(rng):
    out = [
        {"name": "worked example: 10 points, seed 0", "public": True, "args": {"n": 10, "seed": 0}},
        {"name": "1000 points, seed 1", "public": True, "args": {"n": 1000, "seed": 1}},
        {"name": "one point, seed 7", "public": True, "args": {"n": 1, "seed": 7}},
    ]
    out.append({"name": "a few points", "args": {"n": int(rng.integers(2, 20)), "seed": int(rng.integers(0, 10**6))}})
    out.append({"name": "a few thousand points",
                "args": {"n": int(rng.integers(1000, 5000)), "seed": int(rng.integers(0, 10**6))}})
    out.append({"name": "a hundred thousand points",
                "args": {"n": int(rng.integers(100_000, 200_001)), "seed": int(rng.integers(0, 10**9))}})
    out.append({"name": "seed 0, random n", "args": {"n": int(rng.integers(50, 500)), "seed": 0}})
    out.append({"name": "large seed", "args": {"n": int(rng.integers(200, 2000)), "seed": int(rng.integers(10**9, 2**32))}})
    return out
