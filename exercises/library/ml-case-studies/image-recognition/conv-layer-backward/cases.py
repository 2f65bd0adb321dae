import numpy as np


def _out_size(n, k, p, s):
    return (n + 2 * p - k) // s + 1


def _case(name, X, W, padding, stride, dY, **extra):
    return {"name": name, "args": {"X": X, "W": W, "dY": dY, "padding": padding,
                                   "stride": stride}, **extra}


def _random_case(rng, name, c_in, c_out, H, W, k, p, s, **extra):
    dY = rng.normal(size=(c_out, _out_size(H, k, p, s), _out_size(W, k, p, s)))
    return _case(name, rng.normal(size=(c_in, H, W)), rng.normal(size=(c_out, c_in, k, k)),
                 p, s, dY, **extra)


def cases(rng):
    out = [
        _case("worked example: one channel, one filter", [[[1, 2, 0], [0, 1, 3], [2, 1, 0]]],
              [[[[1, -1], [2, 0]]]], 0, 1, [[[1, 0], [2, -1]]], public=True),
        _case("two channels, two filters, stride 2",
              [[[1, 0, 2, 1, 0], [0, 1, 0, 2, 1], [2, 0, 1, 0, 0], [1, 1, 0, 1, 2],
                [0, 2, 1, 0, 1]],
               [[0, 1, 0, 0, 1], [1, 0, 1, 1, 0], [0, 0, 2, 0, 0], [1, 0, 0, 1, 1],
                [2, 1, 0, 0, 1]]],
              [[[[1, 0, -1], [0, 1, 0], [-1, 0, 1]], [[0, 1, 0], [1, -2, 1], [0, 1, 0]]],
               [[[0.5, 0, 0], [0, 0.5, 0], [0, 0, 0.5]], [[1, 1, 1], [0, 0, 0], [-1, -1, -1]]]],
              0, 2, [[[1, -1], [0, 2]], [[0.5, 0], [1, 1]]], public=True),
        _case("padding 1: what reaches the padding is dropped", [[[1, 2], [3, 4]]],
              [[[[1, 2], [3, 4]]]], 1, 1, [[[1, 0, 0], [0, 1, 0], [0, 0, 1]]], public=True),
    ]
    out += _fixed_cases()

    out.append(_random_case(rng, "random layer, padding and stride", int(rng.integers(1, 4)),
                            int(rng.integers(1, 4)), int(rng.integers(5, 10)),
                            int(rng.integers(5, 10)), int(rng.integers(2, 4)),
                            int(rng.integers(0, 3)), int(rng.integers(1, 3))))
    out.append(_random_case(rng, "many filters, 'same' padding", 2, int(rng.integers(4, 7)),
                            int(rng.integers(4, 8)), int(rng.integers(4, 8)), 3, 1, 1))
    c_in, c_out = int(rng.integers(1, 3)), int(rng.integers(1, 3))
    H, W = int(rng.integers(4, 8)), int(rng.integers(4, 8))
    ones = np.ones((c_out, _out_size(H, 2, 0, 1), _out_size(W, 2, 0, 1)))
    out.append(_case("dY all ones: dW adds up every window, db counts the positions",
                     rng.uniform(0.0, 1.0, size=(c_in, H, W)),
                     rng.normal(size=(c_out, c_in, 2, 2)), 0, 1, ones))
    return out


def _fixed_cases():
    """The same in every variant: each one catches one of the mistakes the statement warns
    about, whatever the learner's variant."""
    own = np.random.default_rng(31_337)
    out = [
        _random_case(own, "3 x 3 kernels with stride 2: overlapping windows", 2, 2, 7, 7, 3,
                     0, 2, fixed=True),
        _random_case(own, "padding 2 with a 2 x 2 kernel", 1, 2, 4, 5, 2, 2, 1, fixed=True),
        _random_case(own, "stride 2 leaves the last row and column unused", 1, 1, 6, 6, 3,
                     0, 2, fixed=True),
    ]
    dY = np.zeros((2, 5, 5))
    dY[1, 2, 1] = 1.0
    out.append(_case("dY one-hot: the gradient of a single output value",
                     own.normal(size=(2, 5, 5)), own.normal(size=(2, 2, 3, 3)), 1, 1, dY,
                     fixed=True))
    return out
