"""0001: the first schema of seatdesk, frozen as SQL (later migrations change it step by step)."""

SCHEMA = """
CREATE TABLE "account" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "currency" VARCHAR(3) NOT NULL, "seat_model" VARCHAR(255) NOT NULL, "planning_date" DATE, "acting_user_id" INTEGER, "salesforce_integration" INTEGER NOT NULL, "created_at" DATETIME NOT NULL);
CREATE TABLE "preset" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
CREATE INDEX "preset_account_id" ON "preset" ("account_id");
CREATE UNIQUE INDEX "preset_account_id_name" ON "preset" ("account_id", "name");
CREATE TABLE "user" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "email" VARCHAR(255) NOT NULL, "email_key" VARCHAR(255) NOT NULL, "first_name" VARCHAR(255) NOT NULL, "last_name" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "is_super_admin" INTEGER NOT NULL, "is_partner_employee" INTEGER NOT NULL, "preset_id" INTEGER, "last_active" DATE, "created_on" DATE NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("preset_id") REFERENCES "preset" ("id") ON DELETE SET NULL);
CREATE INDEX "user_account_id" ON "user" ("account_id");
CREATE INDEX "user_preset_id" ON "user" ("preset_id");
CREATE UNIQUE INDEX "user_account_id_email_key" ON "user" ("account_id", "email_key");
CREATE TABLE "event" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "planning_date" DATE NOT NULL, "actor_id" INTEGER, "kind" VARCHAR(255) NOT NULL, "data" TEXT NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("actor_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "event_account_id" ON "event" ("account_id");
CREATE INDEX "event_actor_id" ON "event" ("actor_id");
CREATE INDEX "event_account_id_id" ON "event" ("account_id", "id");
CREATE TABLE "invitation" ("id" INTEGER NOT NULL PRIMARY KEY, "user_id" INTEGER NOT NULL, "token" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "accepted_at" DATETIME, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE);
CREATE INDEX "invitation_user_id" ON "invitation" ("user_id");
CREATE UNIQUE INDEX "invitation_token" ON "invitation" ("token");
CREATE TABLE "outbox_message" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "user_id" INTEGER, "kind" VARCHAR(255) NOT NULL, "recipient" VARCHAR(255) NOT NULL, "language" VARCHAR(255) NOT NULL, "subject" TEXT NOT NULL, "body" TEXT NOT NULL, "link" TEXT NOT NULL, "queued_at" DATETIME NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "outbox_message_account_id" ON "outbox_message" ("account_id");
CREATE INDEX "outbox_message_user_id" ON "outbox_message" ("user_id");
CREATE TABLE "permission" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "group" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL);
CREATE UNIQUE INDEX "permission_key" ON "permission" ("key");
CREATE TABLE "permission_history" ("id" INTEGER NOT NULL PRIMARY KEY, "user_id" INTEGER NOT NULL, "actor_id" INTEGER, "at" DATETIME NOT NULL, "planning_date" DATE NOT NULL, "change" TEXT NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE, FOREIGN KEY ("actor_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "permission_history_user_id" ON "permission_history" ("user_id");
CREATE INDEX "permission_history_actor_id" ON "permission_history" ("actor_id");
CREATE TABLE "permission_template" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL);
CREATE UNIQUE INDEX "permission_template_key" ON "permission_template" ("key");
CREATE TABLE "seat_assignment" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "user_id" INTEGER NOT NULL, "seat_type" VARCHAR(255) NOT NULL, "assigned_on" DATE NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE);
CREATE INDEX "seat_assignment_account_id" ON "seat_assignment" ("account_id");
CREATE INDEX "seat_assignment_user_id" ON "seat_assignment" ("user_id");
CREATE UNIQUE INDEX "seat_assignment_user_id_seat_type" ON "seat_assignment" ("user_id", "seat_type");
CREATE INDEX "seat_assignment_account_id_seat_type" ON "seat_assignment" ("account_id", "seat_type");
CREATE TABLE "subscription" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "hub" VARCHAR(255) NOT NULL, "tier" VARCHAR(255) NOT NULL, "term_start" DATE NOT NULL, "commitment_months" INTEGER NOT NULL, "billing_period_months" INTEGER NOT NULL, "renewal_date" DATE NOT NULL, "auto_renew" INTEGER NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
CREATE INDEX "subscription_account_id" ON "subscription" ("account_id");
CREATE UNIQUE INDEX "subscription_account_id_hub" ON "subscription" ("account_id", "hub");
CREATE TABLE "seat_purchase" ("id" INTEGER NOT NULL PRIMARY KEY, "subscription_id" INTEGER NOT NULL, "seat_type" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "quantity" INTEGER NOT NULL, "unit_price_cents" INTEGER NOT NULL, "cost_now_cents" INTEGER NOT NULL, "purchased_on" DATE NOT NULL, "actor_id" INTEGER, FOREIGN KEY ("subscription_id") REFERENCES "subscription" ("id") ON DELETE CASCADE, FOREIGN KEY ("actor_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "seat_purchase_subscription_id" ON "seat_purchase" ("subscription_id");
CREATE INDEX "seat_purchase_actor_id" ON "seat_purchase" ("actor_id");
CREATE TABLE "seat_removal" ("id" INTEGER NOT NULL PRIMARY KEY, "subscription_id" INTEGER NOT NULL, "seat_type" VARCHAR(255) NOT NULL, "quantity" INTEGER NOT NULL, "effective_date" DATE NOT NULL, "state" VARCHAR(255) NOT NULL, "scheduled_on" DATE NOT NULL, "closed_on" DATE, "actor_id" INTEGER, FOREIGN KEY ("subscription_id") REFERENCES "subscription" ("id") ON DELETE CASCADE, FOREIGN KEY ("actor_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "seat_removal_subscription_id" ON "seat_removal" ("subscription_id");
CREATE INDEX "seat_removal_actor_id" ON "seat_removal" ("actor_id");
CREATE TABLE "team" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
CREATE INDEX "team_account_id" ON "team" ("account_id");
CREATE UNIQUE INDEX "team_account_id_name" ON "team" ("account_id", "name");
CREATE TABLE "template_permission" ("id" INTEGER NOT NULL PRIMARY KEY, "template_id" INTEGER NOT NULL, "permission_id" INTEGER NOT NULL, FOREIGN KEY ("template_id") REFERENCES "permission_template" ("id") ON DELETE CASCADE, FOREIGN KEY ("permission_id") REFERENCES "permission" ("id") ON DELETE CASCADE);
CREATE INDEX "template_permission_template_id" ON "template_permission" ("template_id");
CREATE INDEX "template_permission_permission_id" ON "template_permission" ("permission_id");
CREATE UNIQUE INDEX "template_permission_template_id_permission_id" ON "template_permission" ("template_id", "permission_id");
CREATE TABLE "user_permission" ("id" INTEGER NOT NULL PRIMARY KEY, "user_id" INTEGER NOT NULL, "permission_id" INTEGER NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE, FOREIGN KEY ("permission_id") REFERENCES "permission" ("id") ON DELETE CASCADE);
CREATE INDEX "user_permission_user_id" ON "user_permission" ("user_id");
CREATE INDEX "user_permission_permission_id" ON "user_permission" ("permission_id");
CREATE UNIQUE INDEX "user_permission_user_id_permission_id" ON "user_permission" ("user_id", "permission_id");
CREATE TABLE "user_team" ("id" INTEGER NOT NULL PRIMARY KEY, "user_id" INTEGER NOT NULL, "team_id" INTEGER NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE, FOREIGN KEY ("team_id") REFERENCES "team" ("id") ON DELETE CASCADE);
CREATE INDEX "user_team_user_id" ON "user_team" ("user_id");
CREATE INDEX "user_team_team_id" ON "user_team" ("team_id");
CREATE UNIQUE INDEX "user_team_user_id_team_id" ON "user_team" ("user_id", "team_id");
"""

#: Columns SQLite keeps as integers that PostgreSQL makes BOOLEAN (``db.ddl``).
BOOLEANS = ("salesforce_integration", "is_super_admin", "is_partner_employee", "auto_renew")


def up(migrator, db):
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            db.execute_sql(db.ddl(statement, BOOLEANS))
