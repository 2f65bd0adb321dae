import numpy as np


def train_digit_cnn(images, labels, test_images, test_labels, W0, b0, V0, c0,
                    lr, epochs, batch_size):
    """Mini-batch SGD on the CNN of the previous exercise, the batches taken in order.
    Returns (losses, W, b, V, c, accuracy): the loss of every batch (before its step), the
    final parameters, and the fraction of test images whose largest logit is their label."""
    X = np.asarray(images, dtype=float)
    y = np.asarray(labels, dtype=int)
    W = np.array(W0, dtype=float)
    b = np.array(b0, dtype=float)
    V = np.array(V0, dtype=float)
    c = np.array(c0, dtype=float)
    losses = []
    # TODO: paste your cnn_loss_and_gradients from the previous exercise above this function;
    # then, for each epoch and each batch in order, record the loss and update the parameters.
    # Finally predict the test images and measure the accuracy.
    accuracy = 0.0
    return losses, W, b, V, c, accuracy
