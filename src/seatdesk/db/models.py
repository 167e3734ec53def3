"""peewee models of seatdesk (one database, several accounts: R1)."""

from __future__ import annotations

import datetime as dt
import json

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    SqliteDatabase,
    TextField,
)

#: Deferred: ``seatdesk.db.database.open_database`` initialises it with one of the engines of
#: ``seatdesk.db.engines`` (a SQLite file, or a team's PostgreSQL server).
db = DatabaseProxy()


class IdField(AutoField):
    """An id SQLite never gives twice (AUTOINCREMENT): the event log names users, accounts, teams, permission
    sets, removals and tier changes by id, and a removed row's id must not come back for a new one."""

    def ddl(self, ctx):
        if not isinstance(db.obj, SqliteDatabase):  # PostgreSQL's SERIAL never gives an id twice
            return super().ddl(ctx)
        return NodeList((super().ddl(ctx), SQL("AUTOINCREMENT")))


class JSONField(TextField):
    """A dict stored as JSON text."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)

    def python_value(self, value):
        return None if value is None else json.loads(value)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Account(BaseModel):
    id = IdField()
    name = CharField()
    currency = CharField(max_length=3)
    seat_model = CharField()  # seat_based | legacy
    planning_date = DateField(null=True)  # None: today (R22)
    acting_user_id = IntegerField(null=True)  # last user the window acted as (R18)
    salesforce_integration = BooleanField(default=False)
    created_at = DateTimeField(default=_now)
    # A plan (R27) is an account of its own, a copy of ``plan_of`` made on its planning date: every page and
    # rule works in it unchanged, and nothing done in it reaches the account. None for an account itself.
    plan_of = IntegerField(null=True)
    plan_note = TextField(default="", constraints=[SQL("DEFAULT ''")])
    plan_state = CharField(default="", constraints=[SQL("DEFAULT ''")])  # draft | for_approval | approved


Account.add_index(Account.index(Account.plan_of, name="account_plan_of"))  # 0006


class Subscription(BaseModel):
    account = ForeignKeyField(Account, backref="subscriptions", on_delete="CASCADE")
    hub = CharField()
    tier = CharField()
    term_start = DateField()
    commitment_months = IntegerField()
    billing_period_months = IntegerField()
    renewal_date = DateField()
    auto_renew = BooleanField(default=True)

    class Meta:
        indexes = ((("account", "hub"), True),)


class Preset(BaseModel):
    id = IdField()
    account = ForeignKeyField(Account, backref="presets", on_delete="CASCADE")
    name = CharField()

    class Meta:
        indexes = ((("account", "name"), True),)


class User(BaseModel):
    id = IdField()
    account = ForeignKeyField(Account, backref="users", on_delete="CASCADE")
    email = CharField()
    email_key = CharField()  # casefolded email, unique in the account (R17)
    first_name = CharField(default="")
    last_name = CharField(default="")
    status = CharField(default="invited")  # invited | active | deactivated
    is_super_admin = BooleanField(default=False)
    is_partner_employee = BooleanField(default=False)
    preset = ForeignKeyField(Preset, null=True, on_delete="SET NULL")
    last_active = DateField(null=True)
    created_on = DateField()
    # The Name column's collation key (domain.names.name_sort_key), so SQL gives users in name order (0002).
    sort_name = CharField(default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("account", "email_key"), True),)


User.add_index(User.index(User.account, where=User.is_super_admin, name="user_super_admins"))  # 0002


class Team(BaseModel):
    id = IdField()
    account = ForeignKeyField(Account, backref="teams", on_delete="CASCADE")
    name = CharField()

    class Meta:
        indexes = ((("account", "name"), True),)


class UserTeam(BaseModel):
    user = ForeignKeyField(User, backref="team_links", on_delete="CASCADE")
    team = ForeignKeyField(Team, backref="user_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("user", "team"), True),)


class SeatPurchase(BaseModel):
    """Seats a subscription holds: included at the start, or bought (R4, R7)."""

    subscription = ForeignKeyField(Subscription, backref="purchases", on_delete="CASCADE")
    seat_type = CharField()
    kind = CharField()  # included | additional
    quantity = IntegerField()
    unit_price_cents = IntegerField(default=0)  # per seat per month
    cost_now_cents = IntegerField(default=0)  # charged for the rest of the term at purchase
    purchased_on = DateField()
    actor = ForeignKeyField(User, null=True, on_delete="SET NULL")


class SeatRemoval(BaseModel):
    """Unassigned additional seats removed at the renewal date (R8-R11)."""

    id = IdField()
    subscription = ForeignKeyField(Subscription, backref="removals", on_delete="CASCADE")
    seat_type = CharField()
    quantity = IntegerField()
    effective_date = DateField()
    state = CharField(default="scheduled")  # scheduled | cancelled | applied
    scheduled_on = DateField()
    closed_on = DateField(null=True)
    actor = ForeignKeyField(User, null=True, on_delete="SET NULL")


class SeatAssignment(BaseModel):
    """A seat a user holds: exactly one in the seat-based model, 0-2 in legacy (R3)."""

    account = ForeignKeyField(Account, on_delete="CASCADE")
    user = ForeignKeyField(User, backref="seats", on_delete="CASCADE")
    seat_type = CharField()
    assigned_on = DateField()

    class Meta:
        indexes = ((("user", "seat_type"), True), (("account", "seat_type"), False))


class SubscriptionChange(BaseModel):
    """A hub's tier changing through Pricing & Features (R24).

    Upgrades and added hubs are applied at once (``state`` "applied", ``cost_now_cents`` charged pro
    rata for the rest of the term); a lower tier or a dropped hub is scheduled for the renewal.
    ``from_tier``/``to_tier`` None: the hub was not subscribed / is dropped.
    """

    id = IdField()
    account = ForeignKeyField(Account, backref="subscription_changes", on_delete="CASCADE")
    hub = CharField()
    from_tier = CharField(null=True)
    to_tier = CharField(null=True)
    effective_date = DateField()
    state = CharField(default="scheduled")  # scheduled | cancelled | applied
    cost_now_cents = IntegerField(default=0)
    scheduled_on = DateField()
    closed_on = DateField(null=True)
    actor = ForeignKeyField(User, null=True, on_delete="SET NULL")


class AddOn(BaseModel):
    """An add-on bought with a hub's subscription (R24), billed with its term; removed at its renewal."""

    subscription = ForeignKeyField(Subscription, backref="add_ons", on_delete="CASCADE")
    key = CharField()
    unit_price_cents = IntegerField(default=0)  # per month
    cost_now_cents = IntegerField(default=0)  # charged pro rata for the rest of the term when bought
    purchased_on = DateField()
    state = CharField(default="active")  # active | removing | removed
    removal_date = DateField(null=True)
    actor = ForeignKeyField(User, null=True, on_delete="SET NULL")


class Permission(BaseModel):
    """The permission catalog (R19), kept in step with ``domain.permissions``."""

    key = CharField(unique=True)
    group = CharField()
    position = IntegerField()


class PermissionTemplate(BaseModel):
    key = CharField(unique=True)
    position = IntegerField()


class TemplatePermission(BaseModel):
    template = ForeignKeyField(PermissionTemplate, backref="permission_links", on_delete="CASCADE")
    permission = ForeignKeyField(Permission, on_delete="CASCADE")

    class Meta:
        indexes = ((("template", "permission"), True),)


class UserPermission(BaseModel):
    user = ForeignKeyField(User, backref="permission_links", on_delete="CASCADE")
    permission = ForeignKeyField(Permission, on_delete="CASCADE")

    class Meta:
        indexes = ((("user", "permission"), True),)


class PresetPermission(BaseModel):
    """The permissions of a permission set (the CRM's roles / presets, R26)."""

    preset = ForeignKeyField(Preset, backref="permission_links", on_delete="CASCADE")
    permission = ForeignKeyField(Permission, on_delete="CASCADE")

    class Meta:
        indexes = ((("preset", "permission"), True),)


class PermissionHistory(BaseModel):
    """Every change of a user's seat or permissions: who, when, what (R19)."""

    user = ForeignKeyField(User, backref="history", on_delete="CASCADE")
    actor = ForeignKeyField(User, null=True, on_delete="SET NULL")
    at = DateTimeField(default=_now)
    planning_date = DateField()
    change = JSONField()


class Invitation(BaseModel):
    user = ForeignKeyField(User, backref="invitations", on_delete="CASCADE")
    token = CharField(unique=True)
    created_at = DateTimeField(default=_now)
    accepted_at = DateTimeField(null=True)


class OutboxMessage(BaseModel):
    """An email seatdesk would send, kept locally (R21)."""

    account = ForeignKeyField(Account, backref="outbox", on_delete="CASCADE")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    kind = CharField()  # invitation | password_reset
    recipient = CharField()
    language = CharField()
    subject = TextField()
    body = TextField()
    link = TextField(default="")
    queued_at = DateTimeField(default=_now)


class Event(BaseModel):
    """The account's log: every change, with the figures that explain the counts."""

    account = ForeignKeyField(Account, backref="events", on_delete="CASCADE")
    at = DateTimeField(default=_now)
    planning_date = DateField()
    actor = ForeignKeyField(User, null=True, on_delete="SET NULL")
    kind = CharField()
    data = JSONField(default=dict)

    class Meta:
        indexes = ((("account", "id"), False),)


MODELS = (
    Account, Subscription, Preset, User, Team, UserTeam, SeatPurchase, SeatRemoval,
    SeatAssignment, Permission, PermissionTemplate, TemplatePermission, UserPermission,
    PermissionHistory, Invitation, OutboxMessage, Event, SubscriptionChange, PresetPermission,
    AddOn,
)
