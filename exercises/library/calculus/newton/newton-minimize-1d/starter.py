def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    """Newton's method on f' from x0; return (x, f(x))."""
    x = float(x0)
    # TODO: Newton iterations for a zero of f'.
    return x, f(x)
