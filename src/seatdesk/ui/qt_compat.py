"""Work-arounds for bugs of the Qt binding, each with the reason it exists."""

from __future__ import annotations

import ctypes
import sys

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


def keep_singletons_alive() -> None:
    """Make None, True and False as good as immortal on Python 3.11, as they are from 3.12 on.

    PySide6 6.12 is built for Python versions whose None is immortal: every call of a C++
    method returning void (``addItem``, ``setText``, ...) drops a reference to None without
    having taken one. Measured: 1,000 ``QComboBox.addItem`` calls take 1,000 references, and
    filling a combo with 57,000 users aborted the interpreter ("deallocating None"). Adding
    a billion references once, as 3.12 does with its immortal count, leaves room for a
    billion such calls. Nothing is done on 3.12 and later.
    """
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1_000_000_000


keep_singletons_alive()
