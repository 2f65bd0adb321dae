"""Your loop seems to stop when |f(x)| is below tol: the rule tests the length of the step, |f(x)/f'(x)|, which can be much larger than |f(x)| where f is flat (at a multiple root, for example)."""
# Mistake: stops when |f(x)| < tol instead of when the step is shorter than tol.
def newton_root(f, df, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        fx = f(x)
        if abs(fx) < tol:
            break
        x = x - fx / df(x)
    return x
