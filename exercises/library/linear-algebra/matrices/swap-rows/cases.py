import numpy as np


def cases(rng):
    out = [
        {"name": "3x3, swap rows 0 and 2", "public": True,
         "args": {"M": np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]),
                  "i": 0, "j": 2}},
        {"name": "2x3 (not square), swap rows 1 and 0", "public": True,
         "args": {"M": np.array([[1.0, -2.0, 0.5], [3.0, 0.0, -4.0]]), "i": 1, "j": 0}},
        {"name": "i equals j: a plain copy", "public": True,
         "args": {"M": np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), "i": 1, "j": 1}},
    ]

    m, n = int(rng.integers(4, 9)), int(rng.integers(4, 9))
    i, j = (int(x) for x in rng.choice(m, size=2, replace=False))
    out.append({"name": "random matrix", "args": {
        "M": rng.normal(size=(m, n)), "i": i, "j": j}})

    m = int(rng.integers(5, 11))
    out.append({"name": "tall matrix, last two rows", "args": {
        "M": rng.normal(size=(m, 2)), "i": m - 1, "j": m - 2}})

    n = int(rng.integers(5, 10))
    out.append({"name": "wide matrix, 2 rows", "args": {
        "M": rng.integers(-9, 10, size=(2, n)).astype(float), "i": 0, "j": 1}})

    m = int(rng.integers(3, 7))
    A = rng.normal(size=(m, m))
    i, j = (int(x) for x in rng.choice(m, size=2, replace=False))
    out.append({"name": "square matrix, i > j", "args": {
        "M": A, "i": max(i, j), "j": min(i, j)}})

    m = int(rng.integers(3, 7))
    S = rng.normal(size=(m, m))
    S = S + S.T
    out.append({"name": "symmetric matrix", "args": {"M": S, "i": 0, "j": m - 1}})

    m, n = int(rng.integers(3, 7)), int(rng.integers(2, 6))
    k = int(rng.integers(0, m))
    out.append({"name": "i equals j on a random matrix", "args": {
        "M": rng.normal(size=(m, n)), "i": k, "j": k}})

    out.append({"name": "integer matrix", "args": {
        "M": rng.integers(-20, 21, size=(4, 3)), "i": 2, "j": 1}})

    out.append({"name": "single row", "args": {
        "M": rng.normal(size=(1, 4)), "i": 0, "j": 0}})
    return out
