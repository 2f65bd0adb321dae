"""Your path seems one step short: take exactly num_steps steps, and draw the start and every iterate."""
import matplotlib.pyplot as plt
import numpy as np


def plot_descent_path(f, grad, x0, learning_rate, num_steps, box):
    x = np.array(x0, dtype=float)
    path = [x.copy()]
    for _ in range(num_steps - 1):
        x = x - learning_rate * np.asarray(grad(x), dtype=float)
        path.append(x.copy())
    path = np.array(path)
    fig, ax = plt.subplots()
    ax.plot(path[:, 0], path[:, 1], marker="o")
    ax.set_title("Gradient descent path")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    return fig
