"""Your loop seems to stop on a relative test, the step compared with tol times |x|: the rule compares the step itself with tol, whatever the size of x. Far from 0 a relative test stops much too early."""
# Mistake: stops when |step| < tol * |x| (a relative test) instead of |step| < tol.
def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        step = df(x) / d2f(x)
        x = x - step
        if abs(step) < tol * abs(x):
            break
    return x, f(x)
