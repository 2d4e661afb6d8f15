"""Entry point: ``wat-desktop`` opens the GUI; ``wat-desktop COMMAND`` works without a window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from wat_desktop.cli.main import parse, parse_gui, run_command

    argv = sys.argv[1:] if argv is None else argv
    # The window needs only the global options: no command module is imported for it.
    args = parse_gui(argv) or parse(argv)
    if args.command is None and args.smoke:
        from wat_desktop.ui.smoke_start import run_smoke

        return run_smoke(args.data_dir)
    if args.command is None:
        from wat_desktop.ui.launcher import launch_gui

        return launch_gui(args.data_dir, args.database_url, args.lang, args.measure_start)
    return run_command(args)


def main_gui() -> int:
    return main([])


if __name__ == "__main__":
    sys.exit(main())
