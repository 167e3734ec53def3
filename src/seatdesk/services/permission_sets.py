"""Permission sets (R26): the CRM's roles / presets, the account's ``Preset`` rows with their permissions.

Created (empty, from a template or from another set), renamed, edited, duplicated and deleted by a
user with Add and edit users; deleting one keeps its users and their permissions, they only lose
the link. Applying a set gives its users its permissions as far as each seat allows, with the
permission history, through the user page's code path. One transaction per action, each in the
event log.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from peewee import JOIN, fn

from seatdesk.db.models import Permission, PermissionHistory, Preset, PresetPermission, User, db
from seatdesk.domain import permissions as perms
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, Nn_
from seatdesk.services import Change
from seatdesk.services.common import (
    clean_name,
    get_account,
    get_actor,
    insert_rows,
    planning_date,
    record,
    require,
)
from seatdesk.services.seats import chunks

NEED_ADD_EDIT_USERS = N_("You need Add and edit users permissions to change permission sets.")
MAX_NAME = 100
#: The key of a permission set among the templates (``template_choices``): "set:" and its id.
SET_PREFIX = "set:"


class SetRow(NamedTuple):
    """One permission set as the page lists it."""

    id: int
    name: str
    users: int
    permissions: frozenset[str]


def _require(actor: User) -> None:
    require(actor, NEED_ADD_EDIT_USERS, perms.ADD_EDIT_USERS)


def _clean_name(account, name: str, keep: Preset | None = None) -> str:
    """The name as stored: trimmed, not empty, not too long, no other set of the account with it."""
    others = [p.name for p in Preset.select(Preset.id, Preset.name).where(Preset.account == account)
              if keep is None or p.id != keep.id]
    return clean_name(name, others, MAX_NAME, (N_("Type a name for the permission set."), "set_name_empty"),
                      (Nn_("A permission set name has at most {n} character.",
                           "A permission set name has at most {n} characters."), "set_name_long"),
                      (N_("There is already a permission set named {name}. Choose another name."), "set_name_taken"))


def _get_set(account, preset_id: int | None) -> Preset:
    preset = Preset.get_or_none((Preset.id == preset_id) & (Preset.account == account)) if preset_id else None
    if preset is None:
        raise DomainError(N_("This permission set no longer exists. Reload the page."), code="no_set")
    return preset


def _keys_of(preset_id: int) -> frozenset[str]:
    return frozenset(k for (k,) in PresetPermission.select(Permission.key).join(Permission)
                     .where(PresetPermission.preset == preset_id).tuples())


def _write_permissions(preset: Preset, wanted: Iterable[str]) -> dict:
    """Give the set exactly ``wanted``; returns what was added and removed (empty when nothing)."""
    wanted = frozenset(wanted)
    unknown = wanted - set(perms.PERMISSION_KEYS)
    if unknown:
        raise DomainError(N_("Unknown permissions: {permissions}."), code="unknown_permission",
                          permissions=", ".join(sorted(unknown)))
    current = _keys_of(preset.id)
    added, removed = wanted - current, current - wanted
    ids = dict(Permission.select(Permission.key, Permission.id).tuples())
    if removed:
        PresetPermission.delete().where(PresetPermission.preset == preset,
                                        PresetPermission.permission.in_([ids[k] for k in removed])).execute()
    insert_rows(PresetPermission, [{"preset": preset.id, "permission": ids[k]} for k in sorted(added)])
    return {"added": sorted(added), "removed": sorted(removed)} if added or removed else {}


# -- reading ---------------------------------------------------------------------------------------

def set_rows(account_id: int) -> list[SetRow]:
    """Every permission set of the account with its user count and permissions, by name."""
    counts = (Preset.select(Preset.id, Preset.name, fn.COUNT(User.id))
              .join(User, JOIN.LEFT_OUTER, on=(User.preset == Preset.id))
              .where(Preset.account == account_id).group_by(Preset.id).order_by(Preset.name).tuples())
    keys: dict[int, set[str]] = {}
    for preset_id, key in (PresetPermission.select(PresetPermission.preset, Permission.key).join(Permission)
                           .switch(PresetPermission).join(Preset)
                           .where(Preset.account == account_id).tuples()):
        keys.setdefault(preset_id, set()).add(key)
    return [SetRow(i, name, n, frozenset(keys.get(i, ()))) for i, name, n in counts]


def member_ids(preset_id: int) -> list[int]:
    """The users linked to the set."""
    return [u for (u,) in User.select(User.id).where(User.preset == preset_id).tuples()]


def template_choices(account_id: int) -> list[tuple[str, str, bool]]:
    """What pre-fills permissions: (key, name, shipped) for the shipped templates (names to translate),
    then the account's permission sets (names as stored), read now."""
    from seatdesk.services.queries import presets

    return ([(key, label, True) for key, label, _keys in perms.TEMPLATES]
            + [(f"{SET_PREFIX}{preset_id}", name, False) for preset_id, name in presets(account_id)])


def template_permissions(account_id: int, key: str | None) -> frozenset[str] | None:
    """The permissions of a template or permission set key of ``template_choices``; None when unknown."""
    if key in perms.TEMPLATE_PERMISSIONS:
        return perms.TEMPLATE_PERMISSIONS[key]
    if key and key.startswith(SET_PREFIX) and key[len(SET_PREFIX):].isdigit():
        preset_id = int(key[len(SET_PREFIX):])
        if Preset.select().where(Preset.id == preset_id, Preset.account == account_id).exists():
            return _keys_of(preset_id)
    return None


# -- actions ---------------------------------------------------------------------------------------

def create_set(account_id: int, actor_id: int, name: str, start_from: str | None = None) -> Change:
    """A new permission set, empty or with the permissions of a template or set key (``template_choices``).

    Returns the Change with the new ``Preset`` as its result.
    """
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require(actor)
        wanted = frozenset()
        if start_from:
            wanted = template_permissions(account.id, start_from)
            if wanted is None:
                raise DomainError(N_("This template or permission set no longer exists. Choose another one."),
                                  code="no_template")
        preset = Preset.create(account=account, name=_clean_name(account, name))
        _write_permissions(preset, wanted)
        record(account, actor, "permission_set_created", name=preset.name)
        return Change(accounts=True, result=preset)


def rename_set(account_id: int, actor_id: int, preset_id: int, name: str) -> Change:
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require(actor)
        preset = _get_set(account, preset_id)
        new = _clean_name(account, name, keep=preset)
        if new != preset.name:
            record(account, actor, "permission_set_renamed", old_name=preset.name, name=new)
            preset.name = new
            preset.save()
        return Change(accounts=True, all_users=True, result=preset)


def edit_set(account_id: int, actor_id: int, preset_id: int, permissions: Iterable[str]) -> Change:
    """The set holds exactly ``permissions`` from now on; its users keep theirs until it is applied
    to them again. ``result`` is what was added and removed (empty when nothing changed)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require(actor)
        preset = _get_set(account, preset_id)
        changed = _write_permissions(preset, permissions)
        if changed:
            record(account, actor, "permission_set_edited", name=preset.name, **changed)
        return Change(result=changed)


def duplicate_set(account_id: int, actor_id: int, preset_id: int, name: str) -> Change:
    """A new set named ``name`` with the permissions of the set ``preset_id`` (no users)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require(actor)
        source = _get_set(account, preset_id)
        preset = Preset.create(account=account, name=_clean_name(account, name))
        _write_permissions(preset, _keys_of(source.id))
        record(account, actor, "permission_set_duplicated", source=source.name, name=preset.name)
        return Change(accounts=True, result=preset)


def delete_set(account_id: int, actor_id: int, preset_id: int) -> Change:
    """The set goes; its users stay, with their permissions, without the link (R26).

    Each of them gets a line in the permission history (the preset left). ``result`` is how many.
    """
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require(actor)
        preset = _get_set(account, preset_id)
        users = member_ids(preset.id)
        for part in chunks(users):
            User.update(preset=None).where(User.id.in_(part)).execute()
        day = planning_date(account)
        insert_rows(PermissionHistory, [
            {"user": u, "actor": actor.id, "planning_date": day,
             "change": {"preset": {"from": preset.name, "to": None}}} for u in users])
        record(account, actor, "permission_set_deleted", name=preset.name, n=len(users))
        preset.delete_instance()
        return Change(users=set(users), accounts=True, result=len(users))


def apply_set(account_id: int, actor_id: int, preset_id: int, user_ids: Iterable[int]) -> Change:
    """Link each user to the set and give them its permissions, as far as each seat allows (a
    View-Only Seat keeps viewing and administration only); super admins keep every permission (R18).

    The permission history says, per user, what was added and removed and the preset. ``result`` is
    how many users changed.
    """
    from seatdesk.services.bulk import selected_users
    from seatdesk.services.user_page import give_permissions

    user_ids = sorted(set(user_ids))
    if not user_ids:
        raise DomainError(N_("Select at least one user first."), code="no_selection")
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        _require(actor)
        preset = _get_set(account, preset_id)
        users = selected_users(account, user_ids)
        names = dict(Preset.select(Preset.id, Preset.name).where(Preset.account == account).tuples())

        def preset_change(user: User) -> dict:
            if user.preset_id == preset.id:
                return {}
            return {"preset": {"from": names.get(user.preset_id), "to": preset.name}}

        changed = give_permissions(account, actor, users, _keys_of(preset.id), also=preset_change)
        for part in chunks(user_ids):
            User.update(preset=preset.id).where(User.id.in_(part)).execute()
        record(account, actor, "permission_set_applied", name=preset.name, n=len(changed))
        return Change(users={u.id for u in changed}, result=len(changed))
