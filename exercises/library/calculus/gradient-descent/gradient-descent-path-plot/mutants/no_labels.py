"""Your plot seems to have no title or axis labels: a figure someone else reads says what it shows and what each axis is."""
import matplotlib.pyplot as plt
import numpy as np


def plot_descent_path(f, grad, x0, learning_rate, num_steps, box):
    x = np.array(x0, dtype=float)
    path = [x.copy()]
    for _ in range(num_steps):
        x = x - learning_rate * np.asarray(grad(x), dtype=float)
        path.append(x.copy())
    path = np.array(path)
    fig, ax = plt.subplots()
    ax.plot(path[:, 0], path[:, 1], marker="o")
    return fig
