# Mistake: updates u before evaluating the derivative, so each f_i' is evaluated at the
# function's output u_i instead of its input u_(i-1).
def chain_derivative(fs, dfs, x):
    u = float(x)
    derivative = 1.0
    for f, df in zip(fs, dfs):
        u = f(u)
        derivative *= df(u)
    return u, derivative
