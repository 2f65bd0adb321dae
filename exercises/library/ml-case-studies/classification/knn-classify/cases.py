import itertools

import numpy as np


def _distance_tie_case(rng):
    """Two near rows with labels a < b, then a group of rows all at the same larger distance;
    only the lowest-index row of that group gets in (k = 3) and it carries label b."""
    a = int(rng.integers(0, 4))
    b = a + int(rng.integers(1, 4))
    centre = rng.integers(-5, 6, size=2)
    near = [centre + [1, 0], centre + [0, -1]]           # distance 1, labels a and b
    group = [centre + [2, 0], centre + [0, 2], centre + [-2, 0], centre + [0, -2]]  # distance 2
    far = [centre + rng.integers(4, 8, size=2) * rng.choice([-1, 1], size=2) for _ in range(3)]
    rows = [(p, a) for p, a in zip(near, (a, b))]
    rows += [(group[0], b)] + [(p, a) for p in group[1:]]  # the lowest-index tied row: label b
    rows += [(p, int(rng.integers(0, 8))) for p in far]
    order = rng.permutation(len(rows))
    # keep the tied group's label-b row before its label-a rows in the final row order
    tied = [i for i in range(len(order)) if 2 <= order[i] <= 5]
    ranks = sorted(order[i] for i in tied)
    for i, r in zip(tied, ranks):
        order[i] = r
    X = np.array([rows[i][0] for i in order], dtype=float)
    y = [rows[i][1] for i in order]
    return {"k": 3, "X": X, "y": y, "x": centre.astype(float)}


def _vote_tie_case(rng):
    """k = 2m nearest rows split m / m between two labels; the nearest row has the larger label."""
    m = int(rng.integers(1, 4))
    low = int(rng.integers(-3, 3))
    high = low + int(rng.integers(1, 5))
    d = 2
    x = rng.normal(0.0, 3.0, size=d)
    radii = np.sort(rng.uniform(0.5, 3.0, size=2 * m))
    labels = [high] + [low] * m + [high] * (m - 1)
    directions = rng.normal(size=(2 * m, d))
    directions /= np.linalg.norm(directions, axis=1, keepdims=True)
    near = x + radii[:, None] * directions
    far_dirs = rng.normal(size=(5, d))
    far_dirs /= np.linalg.norm(far_dirs, axis=1, keepdims=True)
    far = x + rng.uniform(5.0, 9.0, size=5)[:, None] * far_dirs
    X = np.vstack([near, far])
    y = np.array(labels + [int(v) for v in rng.integers(low - 2, high + 3, size=5)])
    perm = rng.permutation(len(y))
    return {"k": 2 * m, "X": X[perm], "y": y[perm], "x": x}


def _euclid_vs_manhattan_case(rng):
    """One row on an axis at distance r, one on a diagonal at Euclidean distance 0.85 r
    (Manhattan distance 1.2 r): only the Euclidean distance picks the diagonal row."""
    r = float(rng.uniform(1.0, 100.0))
    x = rng.normal(0.0, 50.0, size=2)
    sx, sy = rng.choice([-1.0, 1.0], size=2)
    axis_row = x + [sx * r, 0.0]
    diag_row = x + 0.85 * r / np.sqrt(2.0) * np.array([sx, sy])
    far = x + rng.uniform(3.0, 6.0, size=(4, 2)) * r * rng.choice([-1.0, 1.0], size=(4, 2))
    X = np.vstack([axis_row, diag_row, far])
    y = [0, 1] + [int(v) for v in rng.integers(0, 3, size=4)]
    return {"k": 1, "X": X, "y": y, "x": x}


def _many_ties_case(seed):
    """One near row (label 0), then 20 rows all exactly at distance 3 (integer points of a
    sphere), then far rows; k = 3. In row order the first two tied rows carry label 1 and the
    other eighteen label 0, so the stable order votes 1 and almost any other order of the tied
    rows votes 0 (numpy's default argsort and argpartition among them)."""
    fixed = np.random.default_rng(seed)
    shell = [p for p in itertools.product(range(-3, 4), repeat=3) if sum(v * v for v in p) == 9]
    shell = np.array(shell, dtype=float)[fixed.permutation(len(shell))][:20]
    far = fixed.integers(4, 7, size=(12, 3)) * fixed.choice([-1, 1], size=(12, 3))
    points = [np.array([1.0, 0.0, 0.0])] + list(shell) + list(far.astype(float))
    kinds = ["near"] + ["tied"] * 20 + ["far"] * 12
    far_labels = iter(fixed.integers(0, 10, size=12))
    order = fixed.permutation(len(points))
    X, y, tied_seen = [], [], 0
    for i in order:
        X.append(points[i])
        if kinds[i] == "tied":
            y.append(1 if tied_seen < 2 else 0)
            tied_seen += 1
        else:
            y.append(0 if kinds[i] == "near" else int(next(far_labels)))
    return {"k": 3, "X": np.array(X), "y": y, "x": np.zeros(3)}


def cases(rng):
    out = [
        {"name": "worked example: both ties (k = 2)", "public": True,
         "args": {"k": 2, "X": [[0, 0], [3, 0], [1, 2], [-1, 0], [4, 4]],
                  "y": [1, 0, 0, 2, 1], "x": [1, 0]}},
        {"name": "worked example, k = 3", "public": True,
         "args": {"k": 3, "X": [[0, 0], [3, 0], [1, 2], [-1, 0], [4, 4]],
                  "y": [1, 0, 0, 2, 1], "x": [1, 0]}},
        {"name": "four equidistant rows, k = 1: the lowest index wins", "public": True,
         "args": {"k": 1, "X": [[1, 0], [0, 1], [-1, 0], [0, -1]], "y": [3, 1, 2, 1],
                  "x": [0, 0]}},
        {"name": "Euclidean, not Manhattan", "public": True,
         "args": {"k": 1, "X": [[3, 0], [2, 2], [-5, 5]], "y": [0, 1, 2], "x": [0, 0]}},
        {"name": "two clusters, k = 3 (numpy arrays)", "public": True,
         "args": {"k": 3, "X": np.array([[1.0, 1.0], [1.5, 2.0], [3.0, 4.0], [5.0, 7.0],
                                         [3.5, 5.0], [4.5, 5.0], [3.5, 4.5]]),
                  "y": np.array([0, 0, 0, 1, 1, 1, 1]), "x": np.array([3.0, 3.5])}},
    ]

    # The tie rules, the same in every variant.
    out.append({"name": "twenty rows at the same distance, k = 3 (fixed)", "fixed": True,
                "args": _many_ties_case(0)})
    out.append({"name": "twenty rows at the same distance, another order (fixed)", "fixed": True,
                "args": _many_ties_case(1)})
    out.append({"name": "vote tie between labels 2 and -1 (fixed)", "fixed": True,
                "args": {"k": 4, "X": [[1.0, 0.0], [0.0, 2.0], [3.0, 0.0], [0.0, -4.0],
                                       [5.0, 5.0], [-6.0, 1.0]],
                         "y": [-1, 2, 2, -1, 7, 7], "x": [0.0, 0.0]}})

    out.append({"name": "distance tie at the k-th neighbour", "args": _distance_tie_case(rng)})
    out.append({"name": "vote tie between two labels", "args": _vote_tie_case(rng)})
    out.append({"name": "vote tie, negative labels", "args": _vote_tie_case(rng)})
    out.append({"name": "Euclidean vs Manhattan, random scale",
                "args": _euclid_vs_manhattan_case(rng)})

    # three Gaussian blobs, query between two of them
    n_per = int(rng.integers(6, 12))
    centres = rng.normal(0.0, 4.0, size=(3, 3))
    X = np.vstack([c + rng.normal(0.0, 1.5, size=(n_per, 3)) for c in centres])
    y = np.repeat([4, 7, 9], n_per)
    perm = rng.permutation(len(y))
    x = 0.5 * (centres[0] + centres[1]) + rng.normal(0.0, 0.5, size=3)
    out.append({"name": "three blobs, labels 4/7/9, query between two",
                "args": {"k": int(rng.integers(3, 8)), "X": X[perm], "y": y[perm], "x": x}})

    # k = n: the overall majority label
    n = int(rng.integers(6, 12))
    y = rng.integers(0, 3, size=n)
    y[: n // 2 + 1] = 2
    rng.shuffle(y)
    out.append({"name": "k equals n: overall majority",
                "args": {"k": n, "X": rng.normal(size=(n, 2)), "y": y, "x": rng.normal(size=2)}})

    # integer grid: plenty of exact distance ties everywhere
    n = int(rng.integers(12, 25))
    out.append({"name": "integer grid with many ties",
                "args": {"k": int(rng.integers(2, 7)), "X": rng.integers(-3, 4, size=(n, 2)),
                         "y": rng.integers(0, 3, size=n), "x": rng.integers(-2, 3, size=2)}})

    # one feature, large magnitudes
    n = int(rng.integers(8, 15))
    X = rng.uniform(1e5, 2e5, size=(n, 1))
    out.append({"name": "one feature, large values",
                "args": {"k": int(rng.integers(1, 4)), "X": X,
                         "y": list(rng.integers(0, 2, size=n)),
                         "x": [float(rng.uniform(1e5, 2e5))]}})

    # a single training row
    out.append({"name": "a single training row",
                "args": {"k": 1, "X": rng.normal(size=(1, 4)), "y": [int(rng.integers(0, 9))],
                         "x": rng.normal(size=4)}})
    return out
