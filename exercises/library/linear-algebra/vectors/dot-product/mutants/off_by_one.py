"""Your sum seems to skip the last pair of entries: check where your loop stops."""
# Mistake: the loop stops one index early, so the last pair is never added.
def dot(u, v):
    total = 0.0
    for i in range(len(u) - 1):
        total += u[i] * v[i]
    return total
