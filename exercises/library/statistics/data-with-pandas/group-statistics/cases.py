import numpy as np

CITIES = ["amsterdam", "berlin", "cairo", "delhi", "lagos", "lima", "oslo", "perth", "quito",
          "rome", "seoul", "tunis"]


def _table(rng, labels, n, missing_rate, low, high, *, each=None):
    """A dict of columns: every label gets at least one row (exactly `each` rows if given);
    values rounded to cents, some of them missing (None)."""
    if each:
        rows = np.repeat(np.arange(len(labels)), each)
    else:
        rows = np.concatenate([np.arange(len(labels)),
                               rng.integers(0, len(labels), n - len(labels))])
    rng.shuffle(rows)
    n = len(rows)
    values = np.round(rng.uniform(low, high, size=n), 2)
    present = rng.random(n) >= missing_rate
    return {
        "id": list(range(1, n + 1)),
        "city": [str(labels[i]) for i in rows],
        "price": [float(v) if keep else None for v, keep in zip(values, present, strict=True)],
    }


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"data": {"store": ["north", "south", "north", "east", "south", "north", "south"],
                           "day": [1, 1, 2, 2, 3, 3, 4],
                           "amount": [4.5, 3.0, 5.5, 6.0, None, 2.0, 4.0]},
                  "by": "store", "column": "amount"}},
        {"name": "integer scores, two teams", "public": True,
         "args": {"data": {"team": ["red", "blue", "red", "blue", "red"],
                           "score": [3, 5, 4, 9, 8]},
                  "by": "team", "column": "score"}},
        {"name": "a sensor whose readings are all missing", "public": True,
         "args": {"data": {"sensor": ["s2", "s1", "s2", "s3", "s1", "s3"],
                           "reading": [1.5, None, 2.5, 7.0, None, 8.0]},
                  "by": "sensor", "column": "reading"}},
    ]

    # Fixed cases: the same in every variant, one per rule of the statement.
    out.append({"name": "labels first seen in reverse order", "fixed": True,
                "args": {"data": {"grade": ["d", "c", "b", "a", "d", "c", "b", "a", "a"],
                                  "mark": [41.0, 55.5, 68.0, 83.5, 47.0, 58.5, 71.0, 90.0, 88.5]},
                         "by": "grade", "column": "mark"}})
    out.append({"name": "missing values in every group", "fixed": True,
                "args": {"data": {"arm": ["placebo", "dose", "placebo", "dose", "placebo",
                                          "dose", "placebo", "dose"],
                                  "response": [12.0, None, 10.5, 16.0, None, 18.5, 11.0, None]},
                         "by": "arm", "column": "response"}})
    out.append({"name": "groups of one value", "fixed": True,
                "args": {"data": {"city": ["oslo", "lima", "rome", "lima", "cairo"],
                                  "rain": [3.5, 12.0, 0.5, 9.0, None]},
                         "by": "city", "column": "rain"}})
    out.append({"name": "one group among five has no present value", "fixed": True,
                "args": {"data": {"lab": ["e", "b", "a", "c", "e", "a", "d", "b", "c", "d", "e"],
                                  "ph": [7.1, 6.8, None, 7.4, 7.0, None, 6.9, 6.6, 7.5, 7.2, 7.3]},
                         "by": "lab", "column": "ph"}})

    k = int(rng.integers(3, 8))
    labels = list(rng.choice(CITIES, size=k, replace=False))
    out.append({"name": "random listings, some prices missing",
                "args": {"data": _table(rng, labels, int(rng.integers(30, 90)), 0.12, 80.0, 400.0),
                         "by": "city", "column": "price"}})

    k = int(rng.integers(4, 9))
    labels = list(rng.choice(CITIES, size=k, replace=False))
    out.append({"name": "many groups of two values",
                "args": {"data": _table(rng, labels, 2 * k, 0.0, 1.0, 20.0, each=2),
                         "by": "city", "column": "price"}})

    labels = [name.capitalize() if rng.random() < 0.5 else name
              for name in rng.choice(CITIES, size=int(rng.integers(3, 6)), replace=False)]
    out.append({"name": "capitalised and lowercase labels",
                "args": {"data": _table(rng, labels, int(rng.integers(15, 40)), 0.1, 5.0, 50.0),
                         "by": "city", "column": "price"}})

    n = int(rng.integers(5, 15))
    out.append({"name": "a single group",
                "args": {"data": _table(rng, ["tunis"], n, 0.2, 1000.0, 5000.0),
                         "by": "city", "column": "price"}})

    n = int(rng.integers(20, 60))
    scores = [int(v) for v in rng.integers(0, 11, size=n)]
    movies = [str(m) for m in rng.choice(["up", "heat", "jaws", "alien"], size=n)]
    out.append({"name": "integer ratings with ties",
                "args": {"data": {"movie": movies, "stars": scores},
                         "by": "movie", "column": "stars"}})
    return out
