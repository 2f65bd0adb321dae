"""Your steps seem not divided by the curvature: x - f'(x) is gradient descent with step 1, while Newton divides f'(x) by f''(x)."""
# Mistake: forgets to divide by the second derivative, which makes it gradient descent with
# learning rate 1.
def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = df(x)
        x = x - step
        if abs(step) < tol:
            break
    return x, f(x)
