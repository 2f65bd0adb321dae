import numpy as np


def cases(rng):
    out = [
        {"name": "quarter turn (pi/2)", "public": True, "args": {"theta": float(np.pi / 2)}},
        {"name": "30 degrees (pi/6)", "public": True, "args": {"theta": float(np.pi / 6)}},
        {"name": "no rotation", "public": True, "args": {"theta": 0.0}},
        {"name": "negative angle (-pi/4, clockwise)", "public": True,
         "args": {"theta": float(-np.pi / 4)}},
    ]
    out.append({"name": "half turn", "args": {"theta": float(np.pi)}})
    out.append({"name": "random angle", "args": {"theta": float(rng.uniform(0.1, 6.2))}})
    out.append({"name": "random negative angle", "args": {"theta": float(rng.uniform(-6.2, -0.1))}})
    out.append({"name": "more than a full turn", "args": {"theta": float(rng.uniform(7.0, 20.0))}})
    out.append({"name": "small angle", "args": {"theta": float(rng.uniform(1e-4, 1e-2))}})
    return out
