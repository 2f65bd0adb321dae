"""You seem to keep iterating past max_iter until the step is small: when Newton's method has not converged, the answer is the iterate after max_iter steps."""
# Mistake: loops until the step is small and ignores the budget max_iter.
def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(10_000):
        step = f(x) / df(x)
        x = x - step
        if abs(step) < tol:
            break
    return x
