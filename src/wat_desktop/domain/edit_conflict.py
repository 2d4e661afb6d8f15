"""The error raised when someone else saved a firm since it was read.

Defined in the core, not in storage, so the GUI can catch it without
importing the database layer before its first paint.
"""


class EditConflictError(RuntimeError):
    """Someone else saved this firm since it was read (shared database)."""
