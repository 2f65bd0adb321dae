"""Your iterates seem to look for a root of f rather than of f': minimising means solving f'(x) = 0, so Newton's step is f'(x)/f''(x), not f(x)/f'(x)."""
# Mistake: uses the root-finding step f(x) / f'(x), which looks for a zero of f rather than a
# zero of f' (a minimum).
def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = f(x) / df(x)
        x = x - step
        if abs(step) < tol:
            break
    return x, f(x)
