"""Your loop seems to stop when |f'(x)| is below tol: the rule tests the length of the step, |f'(x)/f''(x)|, which can be much larger than |f'(x)| where the curvature is small."""
# Mistake: stops when |f'(x)| < tol instead of when the step is shorter than tol.
def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        slope = df(x)
        if abs(slope) < tol:
            break
        x = x - slope / d2f(x)
    return x, f(x)
