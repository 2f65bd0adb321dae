import numpy as np

WORKED = {
    "date": ["2024-03-04", "2024-03-04", "2024-03-04", "2024-03-05", "2024-03-05", "2024-03-05",
             "2024-03-06", "2024-03-06", "2024-03-06", "2024-03-07", "2024-03-07", "2024-03-07",
             "2024-03-08", "2024-03-08"],
    "ticker": ["AAA", "BBB", "CCC", "AAA", "BBB", "CCC", "AAA", "BBB", "CCC", "AAA", "BBB", "CCC",
               "AAA", "BBB"],
    "ret": [1.0, 0.5, -1.0, -1.0, 0.0, 0.5, 3.0, 2.5, -2.5, 0.5, None, 0.0, 1.5, 1.0],
}
NAMES = ["ALPHA", "BETA", "CORAL", "DELTA", "EMBER", "FJORD", "GLINT", "HALO"]


def _long(returns, names, absent, nones, order):
    """The long table of a dates x tickers array of returns: the pairs in `absent` have no
    row, those in `nones` have ret None; rows listed in the order `order` (a permutation)."""
    start = np.datetime64("2024-01-02")
    rows = []
    for t in range(returns.shape[0]):
        for i, name in enumerate(names):
            if (t, i) in absent:
                continue
            value = None if (t, i) in nones else round(float(returns[t, i]), 3)
            rows.append((str(start + t), name, value))
    rows = [rows[j] for j in order(len(rows))]
    return {"date": [r[0] for r in rows], "ticker": [r[1] for r in rows],
            "ret": [r[2] for r in rows]}


def _market(rng, n_dates, n_tickers, gap_rate):
    """Correlated daily returns (percent) with gaps: (returns, absent pairs, None pairs)."""
    loadings = rng.normal(0.8, 0.4, size=n_tickers)
    market = rng.normal(0.05, 1.0, size=n_dates)
    returns = market[:, None] * loadings + rng.normal(0.0, 0.8, size=(n_dates, n_tickers))
    gaps = rng.random((n_dates, n_tickers)) < gap_rate
    kind = rng.random((n_dates, n_tickers)) < 0.5
    absent = {(int(t), int(i)) for t, i in zip(*np.nonzero(gaps & kind), strict=True)}
    nones = {(int(t), int(i)) for t, i in zip(*np.nonzero(gaps & ~kind), strict=True)}
    return returns, absent, nones


def _random_case(rng, n_dates, n_tickers, k, gap_rate):
    names = list(rng.choice(NAMES, size=n_tickers, replace=False))
    while True:
        returns, absent, nones = _market(rng, n_dates, n_tickers, gap_rate)
        requested = [int(i) for i in rng.permutation(n_tickers)[:k]]
        complete = [t for t in range(n_dates)
                    if all((t, i) not in absent and (t, i) not in nones for i in requested)]
        if len(complete) >= 3:
            break
    data = _long(returns, [str(n) for n in names], absent, nones, rng.permutation)
    return {"data": data, "tickers": [str(names[i]) for i in requested]}


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"data": WORKED, "tickers": ["CCC", "AAA", "BBB"]}},
        {"name": "two tickers, every date complete", "public": True,
         "args": {"data": {"date": ["d1", "d1", "d2", "d2", "d3", "d3", "d4", "d4"],
                           "ticker": ["X", "Y", "X", "Y", "X", "Y", "X", "Y"],
                           "ret": [1.0, 2.0, 2.0, 1.0, 3.0, 4.0, 6.0, 5.0]},
                  "tickers": ["X", "Y"]}},
        {"name": "one ticker: a 1 x 1 matrix", "public": True,
         "args": {"data": WORKED, "tickers": ["BBB"]}},
    ]

    # Fixed cases: the same in every variant, one per convention of the statement.
    fixed = np.random.default_rng(4242)
    returns, absent, nones = _market(fixed, 12, 4, 0.0)
    absent |= {(2, 3), (5, 3), (9, 3)}           # gaps only in the ticker that is not requested
    out.append({"name": "gaps only in a ticker that is not requested", "fixed": True,
                "args": {"data": _long(returns, ["W", "X", "Y", "Z"], absent, nones,
                                       lambda m: np.arange(m)),
                         "tickers": ["Y", "W", "X"]}})
    returns, absent, nones = _market(fixed, 15, 3, 0.0)
    absent |= {(1, 0), (7, 2), (11, 1)}
    nones |= {(4, 1), (12, 0)}
    out.append({"name": "gaps in each requested ticker, tickers in reverse order", "fixed": True,
                "args": {"data": _long(returns, ["AAA", "BBB", "CCC"], absent, nones,
                                       fixed.permutation),
                         "tickers": ["CCC", "BBB", "AAA"]}})
    returns, absent, nones = _market(fixed, 10, 1, 0.0)
    nones |= {(3, 0), (8, 0)}
    out.append({"name": "one ticker with gaps", "fixed": True,
                "args": {"data": _long(returns, ["SOLO"], absent, nones, fixed.permutation),
                         "tickers": ["SOLO"]}})
    out.append({"name": "only two complete dates", "fixed": True,
                "args": {"data": {"date": ["a", "a", "b", "b", "c", "d", "d"],
                                  "ticker": ["P", "Q", "P", "Q", "P", "Q", "P"],
                                  "ret": [0.4, -1.2, 1.8, 0.6, 5.0, 2.2, None]},
                         "tickers": ["Q", "P"]}})

    out.append({"name": "random market: 4 to 6 tickers, some requested",
                "args": _random_case(rng, int(rng.integers(20, 60)), int(rng.integers(4, 7)),
                                     int(rng.integers(2, 4)), 0.06)})
    out.append({"name": "random market: every ticker requested, many gaps",
                "args": _random_case(rng, int(rng.integers(25, 50)), 4, 4, 0.12)})
    out.append({"name": "random market: few dates",
                "args": _random_case(rng, int(rng.integers(6, 10)), 3, 3, 0.1)})
    return out
