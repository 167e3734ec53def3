"""0006: plans (R27) are accounts of their own that name the account they copy."""


def up(migrator, db):
    db.execute_sql('ALTER TABLE "account" ADD COLUMN "plan_of" INTEGER')
    db.execute_sql("""ALTER TABLE "account" ADD COLUMN "plan_note" TEXT NOT NULL DEFAULT ''""")
    db.execute_sql("""ALTER TABLE "account" ADD COLUMN "plan_state" VARCHAR(255) NOT NULL DEFAULT ''""")
    db.execute_sql('CREATE INDEX "account_plan_of" ON "account" ("plan_of")')
