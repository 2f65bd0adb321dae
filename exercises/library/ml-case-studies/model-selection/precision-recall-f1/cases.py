import numpy as np


def _noisy_predictions(rng, y_true, labels, error_rate):
    y_pred = np.array(y_true, copy=True)
    flip = rng.random(len(y_pred)) < error_rate
    y_pred[flip] = rng.choice(labels, size=int(flip.sum()))
    return y_pred


def cases(rng):
    out = [
        {"name": "worked example: fraud is 1", "public": True,
         "args": {"y_true": [1, 0, 1, 1, 0, 0, 1, 0, 0, 0],
                  "y_pred": [1, 1, 1, 0, 0, 0, 0, 0, 0, 0], "positive": 1}},
        {"name": "string labels, positive 'spam'", "public": True,
         "args": {"y_true": ["spam", "ham", "spam", "ham", "ham"],
                  "y_pred": ["spam", "spam", "ham", "ham", "ham"], "positive": "spam"}},
        {"name": "nothing predicted positive: the 0/0 convention", "public": True,
         "args": {"y_true": [0, 1, 1, 0], "y_pred": [0, 0, 0, 0], "positive": 1}},
        {"name": "numpy arrays, three classes, positive 2", "public": True,
         "args": {"y_true": np.array([2, 0, 2, 1, 2, 0]), "y_pred": np.array([2, 2, 1, 1, 2, 0]),
                  "positive": 2}},
    ]

    n = int(rng.integers(30, 80))
    y_true = (rng.random(n) < rng.uniform(0.2, 0.5)).astype(int)
    out.append({"name": "random binary labels", "args": {
        "y_true": y_true, "y_pred": _noisy_predictions(rng, y_true, [0, 1], 0.4), "positive": 1}})

    n = int(rng.integers(20, 60))
    y_true = (rng.random(n) < 0.3).astype(int)
    out.append({"name": "positive class is 0", "args": {
        "y_true": y_true, "y_pred": _noisy_predictions(rng, y_true, [0, 1], 0.5), "positive": 0}})

    n = int(rng.integers(30, 60))
    y_true = rng.integers(0, 4, size=n)
    out.append({"name": "four classes, one against the rest", "args": {
        "y_true": list(y_true), "y_pred": list(_noisy_predictions(rng, y_true, [0, 1, 2, 3], 0.6)),
        "positive": int(rng.integers(0, 4))}})

    n = int(rng.integers(10, 30))
    y_true = ["fraud" if u < 0.2 else "ok" for u in rng.random(n)]
    y_true[0] = "fraud"
    y_pred = ["fraud" if u < 0.3 else "ok" for u in rng.random(n)]
    y_pred[1] = "fraud"
    out.append({"name": "string labels 'fraud' / 'ok'",
                "args": {"y_true": y_true, "y_pred": y_pred, "positive": "fraud"}})

    n = int(rng.integers(5, 15))
    y_true = (rng.random(n) < 0.5).astype(int)
    y_true[0] = 1
    out.append({"name": "perfect predictions", "args": {
        "y_true": y_true, "y_pred": y_true.copy(), "positive": 1}})

    n = int(rng.integers(5, 15))
    y_true = (rng.random(n) < 0.4).astype(int)
    y_true[:2] = [1, 0]
    out.append({"name": "everything predicted positive", "args": {
        "y_true": y_true, "y_pred": np.ones(n, dtype=int), "positive": 1}})

    n = int(rng.integers(5, 15))
    y_pred = np.zeros(n, dtype=int)
    y_pred[rng.choice(n, size=2, replace=False)] = 1
    out.append({"name": "no actual positives (recall 0/0)", "args": {
        "y_true": np.zeros(n, dtype=int), "y_pred": y_pred, "positive": 1}})

    n = int(rng.integers(5, 15))
    y_true = np.zeros(n, dtype=int)
    y_true[rng.choice(n, size=3, replace=False)] = 1
    out.append({"name": "every prediction wrong", "args": {
        "y_true": y_true, "y_pred": 1 - y_true, "positive": 1}})
    return out
