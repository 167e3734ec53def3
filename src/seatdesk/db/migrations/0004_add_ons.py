"""0004: add-ons bought with a hub's subscription (R24, Pricing & Features › Build a bundle)."""

SCHEMA = """
CREATE TABLE "add_on" ("id" INTEGER NOT NULL PRIMARY KEY, "subscription_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "unit_price_cents" INTEGER NOT NULL, "cost_now_cents" INTEGER NOT NULL, "purchased_on" DATE NOT NULL, "state" VARCHAR(255) NOT NULL, "removal_date" DATE, "actor_id" INTEGER, FOREIGN KEY ("subscription_id") REFERENCES "subscription" ("id") ON DELETE CASCADE, FOREIGN KEY ("actor_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "add_on_subscription_id" ON "add_on" ("subscription_id");
CREATE INDEX "add_on_actor_id" ON "add_on" ("actor_id");
"""


def up(migrator, db):
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            db.execute_sql(db.ddl(statement))
