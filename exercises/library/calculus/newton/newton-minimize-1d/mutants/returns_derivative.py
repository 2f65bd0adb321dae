"""Your x seems right, but your second output looks like f'(x), about 0 at the minimum: the task asks for the minimum value f(x) there."""
# Mistake: returns f'(x) (about 0 at the minimum) instead of the minimum value f(x).
def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = df(x) / d2f(x)
        x = x - step
        if abs(step) < tol:
            break
    return x, df(x)
