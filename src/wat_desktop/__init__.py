"""WAT Desktop: Welfare Aziendale Territoriale for small Italian firms."""

import time as _time

# Taken before anything heavy is imported: the start-up probe measures from here.
START_PERF = _time.perf_counter()

__version__ = "0.1.0"
APP_NAME = "WAT Desktop"
APP_ID = "wat-desktop"
