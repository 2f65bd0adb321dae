def cases(rng):
    out = [
        {"name": "fair coin, 2 heads in 4", "public": True,
         "args": {"k": 2, "n": 4, "p": 0.5}},
        {"name": "no successes", "public": True,
         "args": {"k": 0, "n": 5, "p": 0.2}},
        {"name": "biased coin, 1 success in 3", "public": True,
         "args": {"k": 1, "n": 3, "p": 0.25}},
        {"name": "all successes", "public": True,
         "args": {"k": 3, "n": 3, "p": 0.9}},
    ]

    n = int(rng.integers(10, 61))
    p = float(rng.uniform(0.05, 0.45))
    k = int(rng.integers(1, n // 2))
    out.append({"name": "moderate n", "args": {"k": k, "n": n, "p": p}})

    n = int(rng.integers(5, 40))
    out.append({"name": "p = 0, k = 0", "args": {"k": 0, "n": n, "p": 0.0}})
    out.append({"name": "p = 0, k > 0", "args": {"k": int(rng.integers(1, n + 1)), "n": n, "p": 0.0}})

    n = int(rng.integers(5, 40))
    out.append({"name": "p = 1, k = n", "args": {"k": n, "n": n, "p": 1.0}})
    out.append({"name": "p = 1, k < n", "args": {"k": int(rng.integers(0, n)), "n": n, "p": 1.0}})

    n = 500
    p = float(rng.uniform(0.3, 0.7))
    k = int(round(n * p)) + int(rng.integers(-10, 11))
    out.append({"name": "large n = 500 near the mean", "args": {"k": k, "n": n, "p": p}})

    # Large n, the same in every variant: C(n, k) exceeds the float range (about 1.8e308) by
    # hundreds of orders of magnitude, so any product of a coefficient and powers fails.
    out.append({"name": "n = 3000, k near n/2 (fixed)", "fixed": True,
                "args": {"k": 1510, "n": 3000, "p": 0.5}})
    out.append({"name": "n = 2000, p = 0.3 (fixed)", "fixed": True,
                "args": {"k": 600, "n": 2000, "p": 0.3}})

    n = int(rng.integers(1500, 3001))
    p = float(rng.uniform(0.1, 0.9))
    k = int(round(n * p)) + int(rng.integers(-20, 21))
    out.append({"name": "very large n", "args": {"k": k, "n": n, "p": p}})

    n = int(rng.integers(20, 80))
    p = float(rng.uniform(0.6, 0.95))
    out.append({"name": "k = n, p > 1/2", "args": {"k": n, "n": n, "p": p}})

    n = int(rng.integers(8, 30))
    p = float(rng.uniform(0.55, 0.9))
    out.append({"name": "upper half, p > 1/2", "args": {
        "k": int(rng.integers(n // 2 + 1, n)), "n": n, "p": p}})
    return out
