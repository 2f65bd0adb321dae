import numpy as np


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"a": [1.0, 2.0, 3.0, 4.0, 5.0], "b": [2.0, 4.0, 6.0, 8.0]}},
        {"name": "equal means", "public": True,
         "args": {"a": [1.0, 2.0, 3.0], "b": [0.0, 2.0, 4.0]}},
        {"name": "different spreads", "public": True,
         "args": {"a": [10.2, 9.8, 10.5, 10.1, 9.9, 10.3], "b": [11.0, 12.5, 10.8, 13.1]}},
    ]

    # Two large samples, the same in every variant, with t = 2.2: Student's t with about 69
    # degrees of freedom still gives a p-value visibly above the normal one (0.031 vs 0.028).
    fixed = np.random.default_rng(8128)
    a = fixed.normal(0.0, 1.0, size=60)
    b = fixed.normal(0.0, 1.6, size=45)
    a = (a - a.mean()) / a.std(ddof=1)
    b = 1.6 * (b - b.mean()) / b.std(ddof=1)
    shift = 2.2 * np.sqrt(1.0 / 60 + 1.6**2 / 45)           # makes t exactly 2.2
    out.append({"name": "two large samples (60 and 45), t = 2.2 (fixed)", "fixed": True,
                "args": {"a": 10.0 + shift + a, "b": 10.0 + b}})

    na, nb = int(rng.integers(5, 15)), int(rng.integers(15, 40))
    out.append({"name": "unequal sizes, small shift", "args": {
        "a": rng.normal(0.6, 1.0, size=na), "b": rng.normal(0.0, 1.0, size=nb)}})

    na, nb = int(rng.integers(6, 12)), int(rng.integers(20, 40))
    out.append({"name": "very different variances", "args": {
        "a": rng.normal(1.0, 5.0, size=na), "b": rng.normal(0.0, 0.5, size=nb)}})

    n = int(rng.integers(10, 25))
    out.append({"name": "equal sizes", "args": {
        "a": rng.normal(0.0, 1.0, size=n), "b": rng.normal(0.7, 2.0, size=n)}})

    out.append({"name": "large difference (tiny p)", "args": {
        "a": rng.normal(10.0, 1.0, size=int(rng.integers(15, 30))),
        "b": rng.normal(0.0, 1.5, size=int(rng.integers(15, 30)))}})

    out.append({"name": "two values each", "args": {
        "a": list(rng.normal(1.0, 1.0, size=2)), "b": list(rng.normal(0.0, 1.0, size=2))}})

    na, nb = int(rng.integers(4, 10)), int(rng.integers(4, 10))
    out.append({"name": "large magnitudes", "args": {
        "a": 1000.0 + rng.normal(3.0, 2.0, size=na) * 10.0,
        "b": 1000.0 + rng.normal(0.0, 1.0, size=nb) * 10.0}})

    na, nb = int(rng.integers(3, 6)), int(rng.integers(10, 20))
    out.append({"name": "small sample against a big one", "args": {
        "a": rng.normal(-1.0, 3.0, size=na), "b": rng.normal(0.0, 1.0, size=nb)}})
    return out
