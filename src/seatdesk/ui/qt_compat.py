"""Work-arounds for bugs of the Qt binding, each with the reason it exists."""

from __future__ import annotations

import ctypes

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def no_value() -> None:
    """Return None from a Qt virtual such as ``data()`` or ``headerData()``.

    PySide6 6.12 drops one reference to the None that a Python override returns
    to C++. On Python 3.11 None is not immortal, so after enough calls the
    interpreter aborts ("deallocating None"). Adding the reference back first
    keeps the count right; on Python 3.12+ None is immortal and this is harmless.
    """
    _incref(None)
    return None


def emit(signal, *args) -> None:
    """Emit a Qt signal from Python.

    PySide6 6.12's ``SignalInstance.emit`` returns True without owning a reference
    to it, so each emit takes one reference from True until Python 3.11 aborts
    ("deallocating True"). Owning the returned object here keeps the count right.
    """
    _incref(signal.emit(*args))
