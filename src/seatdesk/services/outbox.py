"""Invitations and the local outbox (R21): emails seatdesk would send, kept to read and export as .eml."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime as email_date
from pathlib import Path

from seatdesk.db.models import Account, Invitation, OutboxMessage, User, db
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, Msg, _, language_of, os_error_message
from seatdesk.services import Change
from seatdesk.services.common import get_account, get_user, insert_rows, planning_date, record

INVITE_LINK = "https://invite.seatdesk.example/accept?token={token}"
SENDER = "seatdesk <no-reply@seatdesk.example>"
INVITATION, PASSWORD_RESET = "invitation", "password_reset"
KIND_LABELS = {INVITATION: N_("Invitation"), PASSWORD_RESET: N_("Password reset")}
EMAIL_MUST_MATCH = N_("When they create their account, the user must use the email address you added.")


def invite_link(token: str) -> str:
    return INVITE_LINK.format(token=token)


def _inviter(actor: User | None) -> str:
    if actor is None:
        return ""
    return f"{actor.first_name} {actor.last_name}".strip() or actor.email


def queue_invitations(account: Account, actor: User | None, users: list[User], language: str) -> None:
    """Queue one invite email per user, written in ``language`` (inside the caller's transaction)."""
    tokens = dict(Invitation.select(Invitation.user, Invitation.token)
                  .where(Invitation.user.in_([u.id for u in users]), Invitation.accepted_at.is_null()).tuples())
    rows = []
    with language_of(language):
        subject = _("You're invited to join {account}").format(account=account.name)
        for user in users:
            link = invite_link(tokens[user.id])
            body = _("Hello,\n\n{inviter} has added you to the {account} account. Set your password and log in "
                     "with this link:\n\n{link}\n\nWhen you create your account, use this email address: {email}.\n\n"
                     "If the email hasn't arrived within five minutes, check your spam folder or ask {inviter} "
                     "to copy the invite link for you.").format(
                inviter=_inviter(actor) or account.name, account=account.name, link=link, email=user.email)
            rows.append({"account": account, "user": user, "kind": INVITATION, "recipient": user.email,
                         "language": language, "subject": subject, "body": body, "link": link})
    insert_rows(OutboxMessage, rows)


def open_invitation_link(account_id: int, user_id: int) -> str:
    """The invite link of a user who hasn't accepted yet ("Copy invite link"; reading only)."""
    user = get_user(get_account(account_id), user_id)
    token = (Invitation.select(Invitation.token)
             .where(Invitation.user == user, Invitation.accepted_at.is_null())
             .order_by(Invitation.id.desc()).scalar())
    if token is None or user.status != "invited":
        raise DomainError(N_("{email} has already accepted the invitation."), code="accepted", email=user.email)
    return invite_link(token)


def accept_invitation(account_id: int, token: str, signup_email: str) -> Change:
    """The invited person signs up with ``signup_email``: it must be the address added (R21); they become active."""
    with db.atomic():
        account = get_account(account_id)
        invitation = (Invitation.select(Invitation, User).join(User)
                      .where(Invitation.token == token, User.account == account).first())
        if invitation is None or invitation.accepted_at is not None or invitation.user.status != "invited":
            raise DomainError(N_("This invitation is no longer open: it was accepted, or the user was removed "
                                 "or deactivated."), code="not_open")
        user = invitation.user
        if signup_email.strip().casefold() != user.email.casefold():
            raise DomainError(N_("The invitation was sent to {email}, not to {other}. {rule}"), code="email_mismatch",
                              email=user.email, other=signup_email.strip(), rule=Msg(EMAIL_MUST_MATCH))
        day = planning_date(account)
        invitation.accepted_at = dt.datetime.combine(day, dt.datetime.now().time()).replace(microsecond=0)
        invitation.save()
        user.status = "active"
        user.last_active = day
        user.save()
        record(account, None, "invitation_accepted", user_id=user.id, email=user.email)
        return Change(users={user.id})


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: str
    recipient: str
    language: str
    subject: str
    body: str
    link: str
    queued_at: dt.datetime
    token: str | None  # the invitation's token while it can be accepted
    accepted: bool


def outbox_rows(account_id: int) -> list[OutboxRow]:
    """Every queued email of the account, newest first, with whether its invitation was accepted."""
    account = get_account(account_id)
    open_tokens = dict(Invitation.select(Invitation.user, Invitation.token).join(User)
                       .where(User.account == account, Invitation.accepted_at.is_null(), User.status == "invited")
                       .tuples())
    accepted = {uid for (uid,) in Invitation.select(Invitation.user).join(User)
                .where(User.account == account, Invitation.accepted_at.is_null(False)).tuples()}
    rows = []
    for (mid, kind, recipient, language, subject, body, link, queued_at, user_id) in (
            OutboxMessage.select(OutboxMessage.id, OutboxMessage.kind, OutboxMessage.recipient,
                                 OutboxMessage.language, OutboxMessage.subject, OutboxMessage.body,
                                 OutboxMessage.link, OutboxMessage.queued_at, OutboxMessage.user)
            .where(OutboxMessage.account == account).order_by(OutboxMessage.id.desc()).tuples()):
        is_invite = kind == INVITATION
        rows.append(OutboxRow(mid, kind, recipient, language, subject, body, link, queued_at,
                              open_tokens.get(user_id) if is_invite else None,
                              is_invite and user_id in accepted))
    return rows


def eml_bytes(message: OutboxMessage) -> bytes:
    """The message as an .eml file any mail program opens (standard library email package)."""
    mail = EmailMessage()
    mail["From"] = SENDER
    mail["To"] = _header_value(message.recipient)
    mail["Subject"] = _header_value(message.subject)
    mail["Date"] = email_date(message.queued_at.astimezone())
    mail.set_content(message.body)
    mail["Content-Language"] = message.language  # after set_content, which resets the Content- headers
    return bytes(mail)


def _header_value(text: str) -> str:
    """A header value on one line: a name typed with line breaks (an account name, a subject) can't
    start a header of its own."""
    return " ".join(text.split())


#: Room for the file name's address part: 255 bytes is the limit of most file systems.
FILE_NAME_ROOM = 80


def export_eml(account_id: int, message_ids: list[int], folder: Path) -> list[Path]:
    """Write the chosen messages as .eml files into ``folder``, all or none; return the files written."""
    account = get_account(account_id)
    messages = list(OutboxMessage.select().where(OutboxMessage.account == account,
                                                 OutboxMessage.id.in_(message_ids)).order_by(OutboxMessage.id))
    files = []
    for message in messages:  # every file made before one is written
        safe = re.sub(r"[^A-Za-z0-9._@-]+", "_", message.recipient)[:FILE_NAME_ROOM]
        files.append((folder / f"{message.id:05d}-{message.kind}-{safe}.eml", eml_bytes(message)))
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, data in files:
            path.write_bytes(data)
            written.append(path)
    except OSError as error:
        for path in written:  # all or nothing: a half-written export is taken back
            path.unlink(missing_ok=True)
        raise DomainError(N_("The emails can't be saved in {folder}: {reason}. Choose another folder."),
                          code="export", folder=str(folder), reason=os_error_message(error)) from None
    return written
