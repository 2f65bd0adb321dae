import numpy as np


def cases(rng):
    out = [
        {"name": "5 - 3x + 2x^3", "public": True, "args": {"coeffs": [5.0, -3.0, 0.0, 2.0]}},
        {"name": "x^4", "public": True, "args": {"coeffs": [0, 0, 0, 0, 1]}},
        {"name": "a constant", "public": True, "args": {"coeffs": [7.0]}},
        {"name": "a line 2 + 3x", "public": True, "args": {"coeffs": [2.0, 3.0]}},
    ]

    n = int(rng.integers(6, 12))
    out.append({"name": "random coefficients", "args": {"coeffs": rng.normal(0.0, 3.0, size=n)}})

    n = int(rng.integers(3, 7))
    c = list(rng.integers(-9, 10, size=n).astype(float)) + [0.0]
    out.append({"name": "trailing zero coefficient", "args": {"coeffs": c}})

    n = int(rng.integers(4, 8))
    out.append({"name": "very different magnitudes", "args": {
        "coeffs": rng.normal(size=n) * 10.0 ** rng.integers(-6, 7, size=n)}})

    out.append({"name": "a random constant", "args": {"coeffs": [float(rng.normal(0.0, 5.0))]}})

    out.append({"name": "all zero", "args": {"coeffs": np.zeros(int(rng.integers(2, 6)))}})

    n = int(rng.integers(15, 25))
    out.append({"name": "high degree", "args": {"coeffs": rng.uniform(-1.0, 1.0, size=n)}})

    # Zeros are kept, the same in every variant: the last two coefficients are 0, so the
    # derivative ends in a 0 that a trimmed answer would drop.
    out.append({"name": "1 - 2x + 3x^2 + 0x^3 + 0x^4 (trailing zeros)", "fixed": True,
                "args": {"coeffs": np.array([1.0, -2.0, 3.0, 0.0, 0.0])}})
    return out
