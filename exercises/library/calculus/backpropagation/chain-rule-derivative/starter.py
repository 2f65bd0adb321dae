def chain_derivative(fs, dfs, x):
    """Value and derivative at x of fs[-1](...fs[1](fs[0](x)))."""
    u = float(x)
    derivative = 1.0
    # TODO: walk along the chain, updating u and the derivative.
    return u, derivative
