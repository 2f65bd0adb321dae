import matplotlib.pyplot as plt
import numpy as np


def plot_descent_path(f, grad, x0, learning_rate, num_steps, box):
    x = np.array(x0, dtype=float)
    path = [x.copy()]
    for _ in range(num_steps):
        x = x - learning_rate * np.asarray(grad(x), dtype=float)
        path.append(x.copy())
    path = np.array(path)

    x_min, x_max, y_min, y_max = box
    xs, ys = np.linspace(x_min, x_max, 100), np.linspace(y_min, y_max, 100)
    X, Y = np.meshgrid(xs, ys)
    Z = np.vectorize(f)(X, Y)

    fig, ax = plt.subplots()
    ax.contour(X, Y, Z, levels=20)
    ax.plot(path[:, 0], path[:, 1], marker="o")
    ax.set_title("Gradient descent path")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    return fig
