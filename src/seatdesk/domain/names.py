"""How people's names sort: the collation key the tables use and the database stores (user.sort_name)."""

from __future__ import annotations

import unicodedata

_FOLD = {ord(c): unicodedata.normalize("NFKD", c)[0] for c in
         "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćčďēęěğīıłńňōőœřśşšťūůűźżž"}
_FOLD[ord("ß")] = "ss"
_FOLD[ord("œ")] = "oe"
_FOLD[ord("æ")] = "ae"
_FOLD[ord("ø")] = "o"


def collation_key(text: str) -> str:
    """A sort key that ignores case and accents (é sorts with e, ß with ss), as people sort names.

    Equal keys keep the rows' order (Python's sort is stable), so no tie-breaker is added.
    Latin letters fold through one ``str.translate``; other text goes through NFKD.
    Changing this function needs a migration that recomputes ``user.sort_name``.
    """
    folded = text.casefold().translate(_FOLD)
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def display_name(first_name: str, last_name: str, email: str) -> str:
    """What the tables show as a user's name: first and last name, or the email when both are empty."""
    return f"{first_name} {last_name}".strip() or email


def name_and_email(first_name: str, last_name: str, email: str) -> str:
    """How lists that pick a user show one: "First Last <email>", or the email alone without a name."""
    name = f"{first_name} {last_name}".strip()
    return f"{name} <{email}>" if name else email


def name_sort_key(first_name: str, last_name: str, email: str) -> str:
    """The key of the Name column, stored as ``user.sort_name`` so the database gives users in name order."""
    return collation_key(display_name(first_name, last_name, email))
