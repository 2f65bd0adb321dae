"""Your loop seems to run all max_iter steps, ignoring tol: stop as soon as a step is shorter than tol, even if the budget is not used up. With a loose tol the answer is then visibly short of the minimum."""
# Mistake: never tests the step against tol, so it always takes max_iter steps.
def newton_minimize_1d(f, df, d2f, x0, tol, max_iter):
    x = float(x0)
    for _ in range(max_iter):
        x = x - df(x) / d2f(x)
    return x, f(x)
