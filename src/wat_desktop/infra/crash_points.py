"""Named crash points for the crash tests.

``crash_point("backup-copied")`` ends the process at once (``os._exit``, no
clean-up, like a power cut for everything not yet on disk) when the
environment variable ``WAT_CRASH_AT`` names that point. In normal use the
variable is unset and the call costs one dictionary lookup. Points inside the
shared atomic write name the file being written: ``WAT_CRASH_FILE`` then picks
one file (an export) over the others (the unclean-shutdown marker, settings).
"""

from __future__ import annotations

import os

ENV_CRASH_AT = "WAT_CRASH_AT"
ENV_CRASH_FILE = "WAT_CRASH_FILE"
CRASH_EXIT_CODE = 86


def crash_point(name: str, file_name: str = "") -> None:
    """Die here, without any clean-up, if ``WAT_CRASH_AT`` equals ``name`` (and
    ``WAT_CRASH_FILE``, when set, equals ``file_name``)."""
    if os.environ.get(ENV_CRASH_AT) == name and os.environ.get(ENV_CRASH_FILE, file_name) == (
        file_name
    ):
        os._exit(CRASH_EXIT_CODE)
