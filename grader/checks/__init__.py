"""Trusted checks that judge learner answers.

Learner code runs in the sandbox and hands back only *data*; the worker judges that data here.
Checks never call learner objects. A value (``got``, ``expected`` or an input) is one of:
``None``, ``bool``, ``int``, ``float`` (maybe NaN or inf), ``complex``, ``str``, ``list``
(tuples arrive as lists), ``dict`` with ``str`` keys, ``numpy.ndarray`` (any numeric dtype,
complex and bool included) and :class:`Unsupported` for anything the sandbox could not
represent.

Every check has the signature ``check(inputs, expected, got, *, reveal, **params) ->
CheckResult``; :data:`CHECKS` maps names to checks and :func:`run_check` is the entry point
that validates names and parameters and never lets learner data crash the worker.
:func:`check_spec_problems` judges a whole ``[[checks]]`` table of exercise.toml (the check's
name, its parameters' names and values, ``output``) when a package loads, before any grading.

Tolerances
    Unless a check documents otherwise, an entry matches when
    ``|got - exp| <= atol + rtol * |exp|`` elementwise, with defaults ``rtol=1e-6`` and
    ``atol=1e-9``. The tolerance is relative to the REFERENCE ``exp``, not to the learner's
    value (``numpy.allclose(got, exp)`` scales by the second argument, and a huge answer would
    widen its own tolerance).

Numbers
    Numeric checks turn ``got`` into a float or complex array: ints, floats, complex numbers,
    NumPy scalars, numeric arrays and (nested) lists of them. ``True``/``False`` and boolean
    arrays are not numbers. Ragged lists, strings, ``None``, dicts and :class:`Unsupported`
    fail with a message naming what was received ("expected numbers, got the string 'abc'").
    Shapes must match exactly, except that a scalar and a 0-d array are the same. NaN/inf in
    ``got`` fail ("got NaN at position (1,)") unless the reference has the same non-finite
    value there (NaN matches NaN).

Messages
    Learner-facing, short, in mathematical terms, starting in lower case (the caller may add a
    prefix such as the case name, or the name of a returned tuple's item). With
    ``reveal=True`` (public examples) they may show the expected and received values (6
    significant digits, more when needed to tell the two apart; at most ~200 characters)
    and the error against the tolerance ("off by 2.9e-5 relative; the tolerance is 1e-6").
    With ``reveal=False`` (hidden cases) they say which property failed, and may show shapes,
    types, the learner's own values and the rough size of the error ("off by about 2e-5
    (relative)"), but never the expected values. Positions and column numbers are 0-based,
    as in Python.
"""

from ._types import CheckResult, CheckSpecError, Unsupported
from .registry import CHECKS, run_check, validate
from .specs import check_spec_problems

__all__ = [
    "CHECKS",
    "CheckResult",
    "CheckSpecError",
    "Unsupported",
    "check_spec_problems",
    "run_check",
    "validate",
]
