"""0003: subscriptions that change (R24) and permission sets that hold permissions (R26).

- ``subscription_change``: a hub's tier raised at once or lowered / dropped at the renewal.
- ``preset_permission``: the permissions of a permission set (the CRM's roles / presets).
"""

SCHEMA = """
CREATE TABLE "subscription_change" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "hub" VARCHAR(255) NOT NULL, "from_tier" VARCHAR(255), "to_tier" VARCHAR(255), "effective_date" DATE NOT NULL, "state" VARCHAR(255) NOT NULL, "cost_now_cents" INTEGER NOT NULL, "scheduled_on" DATE NOT NULL, "closed_on" DATE, "actor_id" INTEGER, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("actor_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "subscription_change_account_id" ON "subscription_change" ("account_id");
CREATE INDEX "subscription_change_actor_id" ON "subscription_change" ("actor_id");
CREATE TABLE "preset_permission" ("id" INTEGER NOT NULL PRIMARY KEY, "preset_id" INTEGER NOT NULL, "permission_id" INTEGER NOT NULL, FOREIGN KEY ("preset_id") REFERENCES "preset" ("id") ON DELETE CASCADE, FOREIGN KEY ("permission_id") REFERENCES "permission" ("id") ON DELETE CASCADE);
CREATE INDEX "preset_permission_preset_id" ON "preset_permission" ("preset_id");
CREATE INDEX "preset_permission_permission_id" ON "preset_permission" ("permission_id");
CREATE UNIQUE INDEX "preset_permission_preset_id_permission_id" ON "preset_permission" ("preset_id", "permission_id");
"""


def up(migrator, db):
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            db.execute_sql(db.ddl(statement))
