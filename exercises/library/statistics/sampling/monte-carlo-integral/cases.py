def cases(rng):
    # n >= 100000, as the statement says.
    out = [
        {"name": "[0, 1], seed 0", "public": True, "args": {"a": 0.0, "b": 1.0, "n": 100_000, "seed": 0}},
        {"name": "worked example: [-1, 1], seed 1", "public": True,
         "args": {"a": -1.0, "b": 1.0, "n": 100_000, "seed": 1}},
        {"name": "[0, 2], seed 2", "public": True, "args": {"a": 0.0, "b": 2.0, "n": 100_000, "seed": 2}},
    ]
    for name, lo, hi in [("interval across 0", -1.5, 0.0), ("interval on the right", 0.5, 1.0),
                         ("interval on the left", -3.0, -1.5)]:
        a = float(rng.uniform(lo, hi))
        b = a + float(rng.uniform(1.5, 3.0))
        out.append({"name": name, "args": {"a": a, "b": b, "n": int(rng.integers(100_000, 200_001)),
                                           "seed": int(rng.integers(0, 10**9))}})
    a = float(rng.uniform(2.0, 3.0))
    out.append({"name": "far in the tail (small integral)",
                "args": {"a": a, "b": a + 1.5, "n": 100_000, "seed": int(rng.integers(0, 10**6))}})
    return out
