def cases(rng):
    out = [
        {"name": "worked example: A/B test", "public": True,
         "args": {"x1": 120, "n1": 1000, "x2": 90, "n2": 1000}},
        {"name": "different group sizes", "public": True,
         "args": {"x1": 30, "n1": 50, "x2": 20, "n2": 60}},
        {"name": "group 1 lower: negative z", "public": True,
         "args": {"x1": 5, "n1": 40, "x2": 9, "n2": 45}},
    ]
    n1, n2 = int(rng.integers(100, 500)), int(rng.integers(600, 3000))
    p = float(rng.uniform(0.1, 0.5))
    out.append({"name": "unequal sizes, similar rates",
                "args": {"x1": int(rng.binomial(n1, p + 0.04)), "n1": n1, "x2": int(rng.binomial(n2, p)), "n2": n2}})
    n = int(rng.integers(200, 800))
    out.append({"name": "equal sizes, small difference",
                "args": {"x1": int(rng.binomial(n, 0.3)), "n1": n, "x2": int(rng.binomial(n, 0.33)), "n2": n}})
    n1, n2 = int(rng.integers(20, 60)), int(rng.integers(80, 200))
    out.append({"name": "small groups, large difference",
                "args": {"x1": int(rng.binomial(n1, 0.7)), "n1": n1, "x2": int(rng.binomial(n2, 0.4)), "n2": n2}})
    n1, n2 = int(rng.integers(10**4, 10**5)), int(rng.integers(10**4, 10**5))
    out.append({"name": "large samples, rare events",
                "args": {"x1": int(rng.binomial(n1, 0.011)), "n1": n1, "x2": int(rng.binomial(n2, 0.01)), "n2": n2}})
    n1 = int(rng.integers(30, 100))
    n2 = int(rng.integers(120, 300))
    out.append({"name": "no successes in group 1",
                "args": {"x1": 0, "n1": n1, "x2": int(rng.integers(3, 15)), "n2": n2}})
    return out
