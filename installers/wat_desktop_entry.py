"""PyInstaller's entry script: the same ``main`` as the ``wat-desktop`` command."""

import sys

from wat_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
