def chain_derivative(fs, dfs, x):
    """Value and derivative at x of fs[-1](...fs[1](fs[0](x)))."""
    u = float(x)
    derivative = 1.0
    for f, df in zip(fs, dfs):
        derivative *= df(u)   # f'(u) at this function's own input
        u = f(u)
    return float(u), float(derivative)
