"""The one i18n path: gettext catalogs (Babel) and locale formatting for the current language.

Code marks strings with ``_()``, ``ngettext()``, ``pgettext()``; strings defined at
import time are marked with ``N_()`` / ``Nn_()`` and translated when shown with
``tr()``. Qt's ``translate()`` reaches the same catalog through
``seatdesk.i18n.qt.GettextTranslator``.
"""

from __future__ import annotations

import datetime as dt
import errno
import gettext
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from gettext import NullTranslations
from pathlib import Path

import babel
import babel.dates
import babel.lists
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
    """A marked string passed as a parameter of a message: translated when the message is shown.

    With ``params`` it is a message of its own ("{hub} {tier}"), filled when shown.
    """

    params: dict = {}

    def __new__(cls, message: str, **params):
        made = super().__new__(cls, message)
        made.params = params
        return made


def display_value(value) -> str:
    """A parameter as the current language shows it: labels translated, dates and numbers formatted."""
    if isinstance(value, Msg):
        return tr(str(value), **value.params) if value.params else _(value)
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


# -- a second language (R33: captions for trainers of mixed groups) ----------------------

_loaded: dict[str, NullTranslations] = {}
_msgids: dict[str, dict[str, tuple[str | None, str]]] = {}
_MNEMONIC_AMP = re.compile(r"&(&|(?=\S))")


def plain_text(text: str) -> str:
    """A widget's text without its mnemonic marker ("&Users" -> "Users"; "&&" and "a & b" keep one "&")."""
    return _MNEMONIC_AMP.sub(lambda found: found.group(1), text).strip()


def translations_in(language: str) -> NullTranslations:
    """The catalog of ``language``, loaded once (the current language's is not touched)."""
    if language not in _loaded:
        if language not in LANGUAGES:
            raise ValueError(language)
        _loaded[language] = load_translations(language)
    return _loaded[language]


def in_language(message: str, language: str, context: str | None = None) -> str:
    """``message`` (a msgid) translated into ``language`` without making it the current language."""
    translations = translations_in(language)
    return translations.pgettext(context, message) if context else translations.gettext(message)


def _reverse_map(language: str) -> dict[str, tuple[str | None, str]]:
    """Text as ``language`` shows it (without mnemonic) -> (context, msgid), built once from the catalogs."""
    if language not in _msgids:
        found: dict[str, tuple[str | None, str]] = {}
        msgids = []
        for other in LANGUAGES:
            if other != DEFAULT_LANGUAGE:
                catalog = getattr(translations_in(other), "_catalog", {})
                msgids += [(key, value) for key, value in catalog.items() if isinstance(key, str) and key] \
                    if other == language else [(key, None) for key in catalog if isinstance(key, str) and key]
        for key, translated in msgids:  # the language's own translations first, then the msgids themselves
            if translated is None:
                continue
            context, _sep, msgid = key.rpartition("\x04")
            found.setdefault(plain_text(translated), (context or None, msgid))
        for key, _translated in msgids:
            context, _sep, msgid = key.rpartition("\x04")
            found.setdefault(plain_text(msgid), (context or None, msgid))
        _msgids[language] = found
    return _msgids[language]


def msgid_of(text: str, language: str | None = None) -> tuple[str | None, str] | None:
    """The (context, msgid) whose translation in ``language`` (default: the current one) is ``text``
    (mnemonic markers ignored), or None for a text that is not in the catalogs (a name, a figure)."""
    return _reverse_map(language or _language).get(plain_text(text))


def second_language_text(text: str, language: str) -> str | None:
    """``text``, shown in the current language, as ``language`` says it (without mnemonic marker);
    None when the catalogs don't have it or it reads the same in both languages."""
    if not text:
        return None
    found = msgid_of(text)
    if found is None:
        return None
    context, msgid = found
    other = plain_text(in_language(msgid, language, context))
    return other if other and other != plain_text(text) else None


# -- formatting -------------------------------------------------------------------------

def locale() -> babel.Locale:
    return _locale


def _four_digit_years(pattern: str) -> str:
    """A CLDR pattern with the year written in full: 'yy' (two digits) becomes 'y' (all digits)."""
    return re.sub(r"(?<!y)yy(?!y)", "y", pattern)


def _date_pattern(fmt: str) -> str:
    if fmt in ("short", "medium", "long", "full"):
        return _four_digit_years(_locale.date_formats[fmt].pattern)
    return _four_digit_years(fmt)


def format_date(value: dt.date | None, fmt: str = "medium") -> str:
    """A date as the current language writes it, always with a four-digit year.

    ``fmt`` is a CLDR width ("short", "medium", "long", "full") or a pattern. Babel's "short"
    gives a two-digit year in German and English (01.12.26, 12/1/26): the year is widened here,
    so every screen shows 2026 whatever width it asks for.
    """
    if value is None:
        return ""
    return babel.dates.format_date(value, format=_date_pattern(fmt), locale=_locale)


def format_datetime(value: dt.datetime | None, fmt: str = "short") -> str:
    """A date and time for history rows and the outbox: the language's date (four-digit year) and time.

    "short" gives 01.12.2026, 14:05 (de), 01/12/2026 14:05 (fr), 12/1/2026, 2:05 PM (en),
    01-12-2026 14:05 (nl); "medium" the medium date and the short time; always four-digit years.
    """
    if value is None:
        return ""
    if fmt in ("short", "medium", "long", "full"):
        combine = str(_locale.datetime_formats[fmt])
        time_pattern = _locale.time_formats["short" if fmt in ("short", "medium") else fmt].pattern
        pattern = combine.replace("{1}", _date_pattern(fmt)).replace("{0}", time_pattern)
    else:
        pattern = _four_digit_years(fmt)
    return babel.dates.format_datetime(value, format=pattern, locale=_locale)


def format_list(items, style: str = "standard") -> str:
    """Join ``items`` as the current language does: "a, b and c", "a, b et c", "a, b und c", "a, b en c".

    ``style`` is Babel's: "standard" (and), "or", "unit", "standard-short"...
    """
    return babel.lists.format_list([str(item) for item in items], style=style, locale=_locale)


def in_sentence(label: str) -> str:
    """A label (a permission's name) put inside a sentence's list: its first letter in lower case.

    Not in German, where nouns keep their capital, nor for a first word that is a name or an acronym
    ("CRM", "HubSpot": another capital in the word).
    """
    first = label.split(" ", 1)[0]
    if current_language() == "de" or len(first) < 2 or not first[0].isupper() or not first[1:].islower():
        return label
    return label[0].lower() + label[1:]


def label_value(label: str, value: object) -> str:
    """Show ``value`` after its ``label`` with the language's one pattern ("Seat: Core Seat").

    The pattern is the translatable "{label}: {value}": French puts a no-break space before the
    colon ("Licence\u00a0: Licence principale"), German and Dutch write it as English. Pass the
    label already translated and without its colon; dates and numbers are formatted as by ``tr()``.
    """
    # Translators: a label and its value, e.g. "Seat: Core Seat". French: "{label}\u00a0: {value}"
    # (a no-break space before the colon).
    return _("{label}: {value}").format(label=label, value=display_value(value))


_OS_ERROR_REASONS = {
    errno.ENOENT: N_("the file or folder does not exist"),
    errno.EACCES: N_("access is denied"),
    errno.EPERM: N_("access is denied"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EISDIR: N_("it is a folder, not a file"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.EEXIST: N_("it already exists"),
    errno.ENAMETOOLONG: N_("the name is too long"),
}


def os_error_message(error: OSError) -> Msg | str:
    """The reason of an OS error as a parameter of a refusal: a ``Msg`` translated when shown.

    Common errors (missing file, access denied, disk full, read-only disk...) have their own
    text in the catalogs; others keep the system's text.
    """
    reason = _OS_ERROR_REASONS.get(error.errno or 0)
    if reason is not None:
        return Msg(reason)
    return error.strerror or str(error)


def os_error_reason(error: OSError) -> str:
    """The reason of an OS error in the current language, to put inside a translated sentence."""
    return display_value(os_error_message(error))


def format_number(value: int | Decimal) -> str:
    return babel.numbers.format_decimal(value, locale=_locale)


def format_money(cents: int, currency: str) -> str:
    """Format an amount held in cents (minor units) in ``currency`` for the current language."""
    return babel.numbers.format_currency(Decimal(cents) / 100, currency, locale=_locale)


def format_money_whole(cents: int, currency: str) -> str:
    """An amount rounded to whole units (chart axes): the language's currency pattern without its decimals."""
    pattern = babel.Locale.parse(_locale).currency_formats["standard"].pattern.replace(".00", "")
    return babel.numbers.format_currency(Decimal(round(cents / 100)), currency, format=pattern,
                                         currency_digits=False, locale=_locale)


def decimal_separator() -> str:
    return babel.numbers.get_decimal_symbol(_locale)
