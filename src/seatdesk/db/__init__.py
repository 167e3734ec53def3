"""Storage: peewee models on SQLite, numbered migrations. No Qt."""
