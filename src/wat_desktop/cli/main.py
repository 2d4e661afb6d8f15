"""Argument parsing and dispatch. No subcommand: the GUI opens."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wat_desktop import __version__
from wat_desktop.cli.command import Command
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP

LANGUAGES = ("it", "en")


def _commands() -> list[Command]:
    from wat_desktop.cli import (
        backup_commands,
        catalogue_commands,
        dossier_commands,
        firm_commands,
        firm_file_commands,
        plan_commands,
        privacy_commands,
        simulate_commands,
        survey_commands,
        synth_commands,
        territory_commands,
    )

    return [
        *firm_commands.COMMANDS,
        *firm_file_commands.COMMANDS,
        *dossier_commands.COMMANDS,
        *backup_commands.COMMANDS,
        *privacy_commands.COMMANDS,
        *survey_commands.COMMANDS,
        *synth_commands.COMMANDS,
        *simulate_commands.COMMANDS,
        *plan_commands.COMMANDS,
        *catalogue_commands.COMMANDS,
        *territory_commands.COMMANDS,
    ]


def build_parser(commands: list[Command]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wat-desktop",
        description="WAT Desktop: Welfare Aziendale Territoriale.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="folder for the database, backups and settings"
    )
    parser.add_argument(
        "--database-url", default=None, help="database URL (default: SQLite in the data folder)"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the interface, the messages and the files written (also accepted "
        "after the command)",
    )
    parser.add_argument(
        "--measure-start",
        action="store_true",
        help="open the window, print where start-up time went as JSON, and quit",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="check the installation: open the window offscreen on a temporary data folder "
        "(or --data-dir), write the demo dossier, print JSON, exit 0 if all is well",
    )
    parser.add_argument("--debug", action="store_true", help="verbose log file (no personal data)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands:
        command_parser = sub.add_parser(command.name, help=command.help)
        command.configure(command_parser)
        _accept_lang_after_the_command(command_parser)
    return parser


# Set on a parser whose own ``--lang`` names a document's language under another dest
# (``dossier --lang`` is ``dossier_lang``, ``survey questionnaire --lang`` is
# ``pdf_lang``): {dest: the command's default for that document}.
_DOCUMENT_LANGUAGES = "_wat_document_languages"


def _accept_lang_after_the_command(parser: argparse.ArgumentParser) -> None:
    """``wat-desktop plan 1 --lang it`` means what ``wat-desktop --lang it plan 1`` does.

    Every command and action parser gets a ``--lang`` that is stored only when given
    (SUPPRESS), so it overrides the global one without hiding it. A command's own
    ``--lang`` for its document keeps its dest; ``_one_language`` then gives both
    options one meaning."""
    documents: dict[str, object] = {}
    own = [a for a in parser._actions if "--lang" in a.option_strings]
    if own:
        for action in own:
            if action.dest != "lang":
                documents[action.dest] = action.default
                action.default = argparse.SUPPRESS
    else:
        parser.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=argparse.SUPPRESS,
            help="language of the messages and of the files written (same as before the command)",
        )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _accept_lang_after_the_command(child)
                documents.update(getattr(child, _DOCUMENT_LANGUAGES, {}))
    setattr(parser, _DOCUMENT_LANGUAGES, documents)


def _one_language(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """``--lang`` means the same before and after the command: the language of the
    messages and of the document the command writes. Without it, the messages follow
    the settings and a document its command's default (the dossier: Italian)."""
    if args.command is None:
        return
    command_parser = next(
        a for a in parser._actions if isinstance(a, argparse._SubParsersAction)
    ).choices[args.command]
    for dest, default in getattr(command_parser, _DOCUMENT_LANGUAGES, {}).items():
        if hasattr(args, dest):  # given after the command: the messages follow it too
            args.lang = getattr(args, dest)
        else:
            setattr(args, dest, args.lang or default)


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse the command line; ``command`` is None when the GUI should open."""
    parser = build_parser(_commands())
    args = parser.parse_args(argv)
    _one_language(args, parser)
    _start_logging(args)
    return args


def parse_gui(argv: list[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` names no command (the GUI opens), else None.

    Only the global options are parsed: the full parser imports every command module
    (about 0.2 s), which the window does not need. None means "use ``parse``", which
    also gives the usual help and error messages.
    """
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    parser = build_parser([])
    parser.exit_on_error = False
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:  # a command name, or a bad option: the full parser says
        return None
    if rest or args.command is not None:
        return None
    _start_logging(args, rotate=False)  # the window starts rotating after its first paint
    return args


def _start_logging(args: argparse.Namespace, rotate: bool = True) -> None:
    # Before anything else runs, so start-up problems and native crashes are logged too.
    from wat_desktop.infra.logging_setup import default_log_dir, setup_logging

    try:
        setup_logging(default_log_dir(args.data_dir), debug=args.debug, rotate=rotate)
    except OSError as error:  # a log folder we cannot write must not stop the app
        print(f"wat-desktop: no log file ({error})", file=sys.stderr)


def run_command(args: argparse.Namespace) -> int:
    return _run_command(args, {c.name: c for c in _commands()}[args.command])


def _run_command(args: argparse.Namespace, command: Command) -> int:
    from wat_desktop.app import DatabaseDriverError, open_app
    from wat_desktop.infra.instance_lock import AlreadyRunningError
    from wat_desktop.persistence.encryption import (
        EncryptionUnavailableError,
        WrongPassphraseError,
    )
    from wat_desktop.persistence.health import NetworkShareError
    from wat_desktop.translations import QtTranslate, resolve_language

    try:
        app = open_app(args.data_dir, args.database_url, _ask_passphrase)
    except (WrongPassphraseError, EncryptionUnavailableError) as error:
        from wat_desktop.safety_text import passphrase_message

        tr = QtTranslate(resolve_language(args.lang or "auto"))
        print(passphrase_message(error, tr), file=sys.stderr)
        return 2
    except AlreadyRunningError:
        tr = QtTranslate(resolve_language(args.lang or "auto"))
        print(tr.translate("Cli", MSG_ALREADY_RUNNING), file=sys.stderr)
        return 2
    except NetworkShareError:
        from wat_desktop.safety_text import network_share_message

        tr = QtTranslate(resolve_language(args.lang or "auto"))
        print(network_share_message(tr), file=sys.stderr)
        return 2
    tr = QtTranslate(resolve_language(args.lang or app.settings.language))
    try:
        return command.run(args, app, tr)
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except DatabaseDriverError as error:  # PostgreSQL URL without the postgres extra
        print(tr.translate("Cli", str(error)), file=sys.stderr)
        return 2
    finally:
        app.close()


def _ask_passphrase() -> str | None:
    """An encrypted database and no WAT_DESKTOP_PASSPHRASE: ask at a terminal."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass("Passphrase: ") or None


MSG_ALREADY_RUNNING = QT_TRANSLATE_NOOP(
    "Cli",
    "WAT Desktop is already open on this data folder. Close the other window "
    "(or wait for the other command to finish) and try again.",
)
