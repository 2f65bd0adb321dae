"""Normalises u and v first and takes arccos of their dot product without clipping: parallel vectors of very different lengths can give a cosine above 1 and nan (statement: very different lengths)."""
import math


def angle(u, v):
    nu = math.sqrt(sum(a * a for a in u))
    nv = math.sqrt(sum(b * b for b in v))
    c = sum((a / nu) * (b / nv) for a, b in zip(u, v))
    try:
        return math.acos(c)
    except ValueError:
        return float("nan")
