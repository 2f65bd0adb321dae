import numpy as np


def naive_bayes_predict(X_train, y_train, X_test, alpha):
    """Multinomial naive Bayes with additive (Laplace) smoothing alpha.

    Returns (labels, posteriors): the predicted label of each test document and the (m, C)
    matrix of posterior probabilities, columns in increasing order of the class labels.
    """
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=float)
    classes = np.unique(y)
    # TODO: estimate the class priors and the smoothed word probabilities of each class,
    # score every test document in log space and normalise the scores into posteriors.
    posteriors = np.full((T.shape[0], len(classes)), 1.0 / len(classes))
    labels = np.full(T.shape[0], classes[0])
    return labels, posteriors
