import numpy as np


def cases(rng):
    out = [
        {"name": "worked example", "public": True,
         "args": {"image": [[1, 2, 3, 0], [0, 4, 2, 3], [3, 0, 1, 2]],
                  "kernel": [[1, 2], [3, 4]]}},
        {"name": "horizontal edge detector on a step (8-bit image)", "public": True,
         "args": {"image": np.array([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [10, 10, 10, 10, 10],
                                     [10, 10, 10, 10, 10], [10, 10, 10, 10, 10]], dtype=np.uint8),
                  "kernel": np.array([[1, 2, 1], [0, 0, 0], [-1, -2, -1]])}},
        {"name": "a 1 x 3 kernel with fractions", "public": True,
         "args": {"image": [[4, 8, 2, 6, 0], [1, 3, 5, 7, 9]],
                  "kernel": [[0.5, 0.25, 0.25]]}},
    ]

    # 8-bit pixels and an integer kernel, the same in every variant: integer arithmetic would
    # wrap around (uint8) or truncate, and the answer must be a float array anyway.
    fixed = np.random.default_rng(1989)
    out.append({"name": "8-bit photo, integer Sobel kernel (fixed)", "fixed": True, "args": {
        "image": fixed.integers(0, 256, size=(8, 9)).astype(np.uint8),
        "kernel": np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]])}})
    out.append({"name": "integer image, fractional kernel (fixed)", "fixed": True, "args": {
        "image": fixed.integers(0, 256, size=(6, 7)),
        "kernel": np.array([[0.1, 0.7], [-0.3, 0.45]])}})          # not exact in float32

    H, W = int(rng.integers(6, 13)), int(rng.integers(6, 13))
    kh, kw = int(rng.integers(2, 5)), int(rng.integers(2, 5))
    out.append({"name": "random image and kernel", "args": {
        "image": rng.normal(size=(H, W)), "kernel": rng.normal(size=(kh, kw))}})

    H, W = int(rng.integers(5, 10)), int(rng.integers(8, 16))
    out.append({"name": "8-bit pixels (integer array), non-square kernel", "args": {
        "image": rng.integers(0, 256, size=(H, W)),
        "kernel": rng.uniform(-1.0, 1.0, size=(2, 3))}})

    H, W = int(rng.integers(3, 6)), int(rng.integers(3, 6))
    out.append({"name": "kernel as large as the image: a 1 x 1 output", "args": {
        "image": rng.normal(size=(H, W)), "kernel": rng.normal(size=(H, W))}})

    H, W = int(rng.integers(4, 9)), int(rng.integers(4, 9))
    out.append({"name": "column kernel (k x 1)", "args": {
        "image": rng.normal(size=(H, W)) * 100.0,
        "kernel": rng.normal(size=(int(rng.integers(2, 4)), 1))}})

    H, W = int(rng.integers(4, 8)), int(rng.integers(4, 8))
    out.append({"name": "symmetric blur kernel (flipping changes nothing)", "args": {
        "image": rng.uniform(0.0, 1.0, size=(H, W)),
        "kernel": np.array([[1.0, 2.0, 1.0], [2.0, 4.0, 2.0], [1.0, 2.0, 1.0]]) / 16.0}})

    H, W = int(rng.integers(4, 8)), int(rng.integers(4, 8))
    out.append({"name": "1 x 1 kernel: scaling", "args": {
        "image": rng.normal(size=(H, W)), "kernel": np.array([[float(rng.normal())]])}})

    H, W = int(rng.integers(5, 9)), int(rng.integers(5, 9))
    image = np.zeros((H, W))
    image[int(rng.integers(1, H - 1)), int(rng.integers(1, W - 1))] = 1.0
    out.append({"name": "an impulse: the output shows the flipped kernel", "args": {
        "image": image, "kernel": rng.normal(size=(3, 3))}})
    return out
