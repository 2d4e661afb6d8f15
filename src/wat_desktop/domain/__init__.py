"""Pure-Python domain core: rules, needs, offers and plans.

Nothing here imports Qt, SQLAlchemy, ReportLab or any upper layer of the app
(checked by import-linter contracts in ``pyproject.toml``).
"""
