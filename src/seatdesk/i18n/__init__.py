"""The one i18n path: gettext catalogs (Babel) and locale formatting for the current language.

Code marks strings with ``_()``, ``ngettext()``, ``pgettext()``; strings defined at
import time are marked with ``N_()`` / ``Nn_()`` and translated when shown with
``tr()``. Qt's ``translate()`` reaches the same catalog through
``seatdesk.i18n.qt.GettextTranslator``.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from gettext import NullTranslations
from pathlib import Path

import babel
import babel.dates
import babel.numbers

DOMAIN = "seatdesk"
LANGUAGES = ("en", "fr", "de", "nl")
DEFAULT_LANGUAGE = "en"
#: Each language named in itself, as a language menu shows it.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "nl": "Nederlands"}
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

_translations: NullTranslations = NullTranslations()
_language = DEFAULT_LANGUAGE
_locale = babel.Locale.parse(DEFAULT_LANGUAGE)
_listeners: list[Callable[[str], None]] = []


class CatalogMissingError(RuntimeError):
    """The compiled catalog of a language is not installed (a bug of the install, not a refusal)."""


def load_translations(language: str) -> NullTranslations:
    """Return the catalog of ``language``; English is the source and needs none.

    Raises:
        CatalogMissingError: the .mo file is missing (Babel would silently return an empty one).
    """
    if language == DEFAULT_LANGUAGE:
        return NullTranslations()
    mo = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not mo.is_file():
        raise CatalogMissingError(f"compiled catalog not found: {mo} (reinstall seatdesk)")
    with mo.open("rb") as file:  # the standard library reads .mo files; Babel compiles them
        return gettext.GNUTranslations(file)


def set_language(language: str) -> None:
    """Make ``language`` current for gettext and formatting, then tell the listeners.

    Raises:
        ValueError: ``language`` is not one of LANGUAGES.
    """
    global _translations, _language, _locale
    if language not in LANGUAGES:
        raise ValueError(language)
    _translations = load_translations(language)
    _language = language
    _locale = babel.Locale.parse(language)
    for listener in list(_listeners):
        listener(language)


@contextmanager
def language_of(language: str) -> Iterator[None]:
    """Translate and format in ``language`` for a moment (an email queued in its recipient's language).

    The window is not told: nothing on screen changes language.
    """
    global _translations, _language, _locale
    saved = _translations, _language, _locale
    if language not in LANGUAGES:
        raise ValueError(language)
    _translations = load_translations(language)
    _language, _locale = language, babel.Locale.parse(language)
    try:
        yield
    finally:
        _translations, _language, _locale = saved


def add_language_listener(listener: Callable[[str], None]) -> None:
    """Call ``listener(language)`` after every language change."""
    _listeners.append(listener)


def remove_language_listener(listener: Callable[[str], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def current_language() -> str:
    return _language


def language_from_locale_name(name: str | None) -> str:
    """Map a system locale name ('de_AT', 'nl-BE', 'C') to a supported language, else English."""
    if not name:
        return DEFAULT_LANGUAGE
    code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


# -- gettext ----------------------------------------------------------------------------

def _(message: str) -> str:
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _translations.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return _translations.npgettext(context, singular, plural, n)


def lookup(message: str, context: str | None = None) -> str | None:
    """Return the translation of ``message`` or None when the catalog has none (for Qt)."""
    if context:
        translated = _translations.pgettext(context, message)
    else:
        translated = _translations.gettext(message)
    return None if translated == message else translated


def N_(message: str) -> str:
    """Mark a string for extraction; translate it later with ``tr()``."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a plural pair for extraction; translate it later with ``tr(pair, n=...)``."""
    return (singular, plural)


Message = str | tuple[str, str]


class Msg(str):
    """A marked string passed as a parameter of a message: translated when the message is shown."""


def display_value(value) -> str:
    """A parameter as the current language shows it: labels translated, dates and numbers formatted."""
    if isinstance(value, Msg):
        return _(value)
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def tr(message: Message, **params) -> str:
    """Translate a message marked with ``N_``/``Nn_`` and fill its ``{placeholders}``.

    A plural pair takes its count from ``params['n']``.
    """
    if isinstance(message, tuple):
        text = ngettext(message[0], message[1], int(params.get("n", 1)))
    else:
        text = _(message)
    if not params:
        return text
    return text.format(**{key: display_value(value) for key, value in params.items()})


# -- formatting -------------------------------------------------------------------------

def locale() -> babel.Locale:
    return _locale


def format_date(value: dt.date | None, fmt: str = "medium") -> str:
    if value is None:
        return ""
    return babel.dates.format_date(value, format=fmt, locale=_locale)


def format_datetime(value: dt.datetime | None, fmt: str = "medium") -> str:
    if value is None:
        return ""
    return babel.dates.format_datetime(value, format=fmt, locale=_locale)


def format_number(value: int | Decimal) -> str:
    return babel.numbers.format_decimal(value, locale=_locale)


def format_money(cents: int, currency: str) -> str:
    """Format an amount held in cents (minor units) in ``currency`` for the current language."""
    return babel.numbers.format_currency(Decimal(cents) / 100, currency, locale=_locale)


def decimal_separator() -> str:
    return babel.numbers.get_decimal_symbol(_locale)
