"""Your derivative looks like each f_i' is evaluated at the output of f_i rather than at its input: by the chain rule, f_i' must be taken at the value u_(i-1) that enters f_i."""
# Mistake: updates u before evaluating the derivative, so each f_i' is evaluated at the
# function's output u_i instead of its input u_(i-1).
def chain_derivative(fs, dfs, x):
    u = float(x)
    derivative = 1.0
    for f, df in zip(fs, dfs):
        u = f(u)
        derivative *= df(u)
    return u, derivative
