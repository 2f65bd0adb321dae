import numpy as np

WORKED = {"student": [1, 2, 3, 4, 5, 6, 7, 8],
          "hours": [2.0, 4.0, 5.0, 7.0, 8.0, 10.0, 11.0, 13.0],
          "sleep": [6.0, 8.0, 5.0, 7.0, 6.0, 8.0, 5.0, 7.0],
          "score": [55.0, 63.0, 58.0, 72.0, 64.0, 80.0, 71.0, 78.0]}


def _study(rng, n, names, effects, noise, *, extra=()):
    """A dict of columns: predictors `names` (different scales and offsets), the response y
    with the given effects, and unused columns `extra`."""
    data = {"id": list(range(1, n + 1))}
    columns = []
    for j, name in enumerate(names):
        x = rng.normal(10.0 * (j + 1), 2.0 + 3.0 * j, size=n)
        data[name] = [round(float(v), 2) for v in x]
        columns.append(np.asarray(data[name]))
    for name in extra:
        data[name] = [round(float(v), 2) for v in rng.normal(0.0, 5.0, size=n)]
    signal = sum(b * x for b, x in zip(effects, columns, strict=True))
    y = 3.0 + signal + rng.normal(0.0, noise, size=n)
    data["y"] = [round(float(v), 3) for v in y]
    return data


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"data": WORKED, "response": "score", "predictors": ["hours", "sleep"]}},
        {"name": "one predictor: F = t^2", "public": True,
         "args": {"data": {"x": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
                           "y": [1.2, 1.9, 3.4, 3.6, 5.3, 5.5]},
                  "response": "y", "predictors": ["x"]}},
        {"name": "predictors in another order than the data's", "public": True,
         "args": {"data": WORKED, "response": "score", "predictors": ["sleep", "hours"]}},
    ]

    # Fixed cases: the same in every variant.
    fixed = np.random.default_rng(2718)
    out.append({"name": "n = d + 3: two residual degrees of freedom", "fixed": True,
                "args": {"data": _study(fixed, 5, ["a", "b"], [0.5, -0.3], 2.0),
                         "response": "y", "predictors": ["a", "b"]}})
    out.append({"name": "unused columns, predictors listed backwards", "fixed": True,
                "args": {"data": _study(fixed, 14, ["u", "v", "w"], [0.8, 0.0, -0.4], 3.0,
                                        extra=("noise1", "noise2")),
                         "response": "y", "predictors": ["w", "v", "u"]}})
    out.append({"name": "a weak model: p-values near 0.5", "fixed": True,
                "args": {"data": {"x1": [3.1, 4.7, 2.2, 5.9, 4.0, 3.3, 6.1, 2.8, 5.0, 4.4],
                                  "x2": [10.5, 9.8, 11.9, 10.1, 12.4, 9.0, 11.0, 10.7, 9.5,
                                         12.0],
                                  "y": [20.1, 21.7, 19.0, 20.3, 22.4, 18.9, 19.5, 22.0, 19.8,
                                        20.6]},
                         "response": "y", "predictors": ["x1", "x2"]}})
    out.append({"name": "a response far from zero (y near 1000)", "fixed": True,
                "args": {"data": {"x": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0],
                                  "y": [1001.3, 1000.2, 1003.9, 1002.1, 1004.8, 1003.0,
                                        1006.6, 1004.9]},
                         "response": "y", "predictors": ["x"]}})

    n, d = int(rng.integers(30, 80)), int(rng.integers(2, 5))
    names = ["x1", "x2", "x3", "x4"][:d]
    out.append({"name": "random study: moderate effects",
                "args": {"data": _study(rng, n, names, rng.normal(0.0, 0.4, size=d), 4.0),
                         "response": "y", "predictors": names}})
    n = int(rng.integers(6, 12))
    out.append({"name": "random small study",
                "args": {"data": _study(rng, n, ["dose", "age"], rng.normal(0.0, 0.5, size=2),
                                        3.0, extra=("weight",)),
                         "response": "y", "predictors": ["age", "dose"]}})
    n = int(rng.integers(15, 40))
    years = rng.choice(np.arange(1990, 2025), size=n).astype(float)
    x = rng.normal(0.0, 1.0, size=n)
    y = 0.05 * (years - 2000) + 0.8 * x + rng.normal(0.0, 1.0, size=n)
    out.append({"name": "random: a predictor with a large offset (years)",
                "args": {"data": {"year": years.tolist(), "x": [round(float(v), 3) for v in x],
                                  "y": [round(float(v), 3) for v in y]},
                         "response": "y", "predictors": ["year", "x"]}})
    return out
