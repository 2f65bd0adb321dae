def cases(rng):
    # Every hidden case keeps p_hat in [0.15, 0.85] with n >= 50, or p_hat in {0, 1}:
    # the interval then stays inside [0, 1], so clipping never matters.
    out = [
        {"name": "worked example: 45 of 100, alpha = 0.05", "public": True,
         "args": {"successes": 45, "n": 100, "alpha": 0.05}},
        {"name": "90 of 100, alpha = 0.1", "public": True,
         "args": {"successes": 90, "n": 100, "alpha": 0.1}},
        {"name": "no successes: the interval collapses", "public": True,
         "args": {"successes": 0, "n": 20, "alpha": 0.05}},
    ]
    for alpha in (0.01, 0.05, 0.1):
        n = int(rng.integers(50, 2000))
        k = int(round(n * float(rng.uniform(0.15, 0.85))))
        out.append({"name": f"random poll, alpha = {alpha}", "args": {"successes": k, "n": n, "alpha": alpha}})
    n = int(rng.integers(10**5, 10**6))
    out.append({"name": "a very large sample",
                "args": {"successes": int(n * float(rng.uniform(0.3, 0.7))), "n": n, "alpha": 0.05}})
    n = int(rng.integers(100, 500))
    out.append({"name": "an unusual level",
                "args": {"successes": int(n * float(rng.uniform(0.3, 0.7))), "n": n, "alpha": float(rng.uniform(0.15, 0.4))}})
    n = int(rng.integers(5, 40))
    out.append({"name": "all successes", "args": {"successes": n, "n": n, "alpha": 0.05}})
    return out
