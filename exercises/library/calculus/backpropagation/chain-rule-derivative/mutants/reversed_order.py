"""Your result looks like the functions composed in reverse order: the first function in the list acts on x first and the last one gives y. Order matters, since sin(x^2) is not (sin x)^2."""
# Mistake: applies the functions in reverse order (fs[-1] first), computing a different
# composition.
def chain_derivative(fs, dfs, x):
    u = float(x)
    derivative = 1.0
    for f, df in zip(reversed(fs), reversed(dfs)):
        derivative *= df(u)
        u = f(u)
    return u, derivative
