"""Storage: SQLAlchemy 2 models, repositories that return domain objects, migrations."""
