"""Refusals: a rule said no. Bugs are not refusals and surface as ordinary exceptions."""

from __future__ import annotations

from seatdesk.i18n import Message, tr


class DomainError(Exception):
    """An action was refused by a rule; carries a message marked for translation.

    Args:
        message: a string marked with ``N_()`` or a plural pair marked with ``Nn_()``.
        code: a stable name of the refusal, for the window to offer a way out
            (for example ``"no_seat_available"`` offers to buy seats).
        params: the values of the message's ``{placeholders}``; a plural pair
            takes its count from ``n``.
    """

    def __init__(self, message: Message, *, code: str = "refused", **params):
        self.message = message
        self.code = code
        self.params = params
        english = message[0] if isinstance(message, tuple) else message
        super().__init__(english.format(**params) if params else english)

    def translated(self) -> str:
        """The message in the current language, placeholders filled."""
        return tr(self.message, **self.params)
