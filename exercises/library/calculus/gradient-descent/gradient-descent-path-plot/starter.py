import matplotlib.pyplot as plt
import numpy as np


def plot_descent_path(f, grad, x0, learning_rate, num_steps, box):
    fig, ax = plt.subplots()
    # TODO: the contour lines of f over box, the path x_0, ..., x_N as one line, a title and
    # axis labels
    return fig
