"""What every subcommand module provides, and the helpers they share."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wat_desktop.app import AppContext
from wat_desktop.domain.i18n_markers import Translate

CONTEXT = "Cli"


@dataclass(frozen=True)
class Command:
    name: str
    help: str  # untranslated source string, context "Cli"
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, AppContext, Translate], int]


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1
