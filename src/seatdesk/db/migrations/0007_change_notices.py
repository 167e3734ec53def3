"""0007: a team database tells the open windows of a change (R34; PostgreSQL only).

Every table gets a statement trigger that notifies the channel ``seatdesk_changed``; PostgreSQL sends the
notice when the transaction commits (one per transaction), and each window listening reads its pages again
(``SeatdeskPostgres.change_count``). SQLite needs nothing: its ``data_version`` counts the other desks'
commits.
"""

FUNCTION = """
CREATE OR REPLACE FUNCTION seatdesk_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('seatdesk_changed', '');
    RETURN NULL;
END $$
"""


def up(migrator, db):
    if db.engine != "postgresql":
        return
    db.execute_sql(FUNCTION)
    for table in db.get_tables():
        if table != "schema_migration":
            db.execute_sql(f'CREATE TRIGGER "{table}_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                           f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION seatdesk_changed()')
