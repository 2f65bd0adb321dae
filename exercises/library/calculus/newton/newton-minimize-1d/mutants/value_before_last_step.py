"""Your x seems right but your fx looks like the value at the previous iterate: return f at the final x, after the last step."""
# Mistake: keeps f(x) from before the last update and returns it with the final x.
def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    fx = f(x)
    for _ in range(max_iter):
        fx = f(x)
        step = df(x) / d2f(x)
        x = x - step
        if abs(step) < tol:
            break
    return x, fx
