"""``wat-desktop survey template|questionnaire|import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.safety_text import write_problem_message


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="survey_action", metavar="ACTION", required=True)
    template = actions.add_parser("template", help="write the empty answers CSV template")
    template.add_argument("--out", type=Path, required=True, help="CSV file to write")
    questionnaire = actions.add_parser(
        "questionnaire", help="write the blank one-page questionnaire PDF"
    )
    questionnaire.add_argument("firm", type=int, help="firm id (see 'wat-desktop firms')")
    questionnaire.add_argument("--out", type=Path, required=True, help="PDF file to write")
    questionnaire.add_argument(
        "--lang", dest="pdf_lang", choices=("it", "en"), default=None, help="questionnaire language"
    )
    imports = actions.add_parser("import", help="import the answers CSV into a firm")
    imports.add_argument("firm", type=int, help="firm id (see 'wat-desktop firms')")
    imports.add_argument("file", type=Path, help="answers CSV file")
    imports.add_argument(
        "--accept-valid", action="store_true", help="import the valid rows even if some are bad"
    )


def _run(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.infra.atomic_file import FileWriteError
    from wat_desktop.persistence.firm_repository import FirmNotFoundError
    from wat_desktop.translations import QtTranslate

    try:
        if args.survey_action == "template":
            path = app.surveys.export_template(args.out)
            print(fill(tr.translate("Cli", "Survey template written to %1"), path))
            return 0
        if args.survey_action == "questionnaire":
            pdf_tr = QtTranslate(args.pdf_lang) if args.pdf_lang else tr
            path = app.surveys.export_questionnaire(args.firm, args.out, pdf_tr)
            print(fill(tr.translate("Cli", "Questionnaire written to %1"), path))
            return 0
        return _import(args, app, tr)
    except FirmNotFoundError:
        return fail(fill(tr.translate("Cli", "No firm with id %1."), args.firm))
    except FileWriteError as error:
        return fail(write_problem_message(error, tr))


def _import(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.domain.need_counts import NEED_KEYS
    from wat_desktop.services.survey_service import RejectedRowsError, SurveyFileError

    try:
        imported = app.surveys.import_file(args.firm, args.file, args.accept_valid)
    except SurveyFileError as error:
        print(
            tr.translate("Cli", "The survey was not imported and nothing was changed."),
            file=sys.stderr,
        )
        issues = error.issues or []
        if issues:
            for issue in issues:
                print(fill(tr.translate("SurveyCsv", issue.message), *issue.args), file=sys.stderr)
        else:
            print(fill(tr.translate("SurveyImport", error.message), *error.args_), file=sys.stderr)
        return 1
    except RejectedRowsError as error:
        for issue in error.parsed.rejected:
            line = fill(tr.translate("Cli", "Line %1:"), issue.line)
            print(
                line, fill(tr.translate("SurveyCsv", issue.message), *issue.args), file=sys.stderr
            )
        return fail(
            fill(
                tr.translate(
                    "Cli",
                    "Rows with errors: %1. Nothing was imported. Fix them, or run again with "
                    "--accept-valid to import only the valid rows (%2).",
                ),
                len(error.parsed.rejected),
                len(error.parsed.responses),
            )
        )
    result = imported.result
    print(fill(tr.translate("Cli", "Survey imported: %1 respondents."), result.respondents))
    rate = result.response_rate
    if rate is not None:
        print(
            fill(
                tr.translate("Cli", "Response rate: %1% of %2 employees."),
                round(rate * 100),
                result.headcount,
            )
        )
    if result.pooling_advised:
        print(tr.translate("Cli", MSG_POOL))
    for key in result.rows:
        label = tr.translate("NeedKey", NEED_KEYS[key].label)
        print(f"  {label}: {result.need_text(key, tr)}")
    if not result.pooling_advised:
        print(fill(tr.translate("Cli", MSG_MARKERS), result.threshold))
    if imported.plan_outdated:
        print(tr.translate("Cli", MSG_PLAN_OUTDATED))
    return 0


MSG_POOL = QT_TRANSLATE_NOOP(
    "Cli",
    "Fewer respondents than the anonymity threshold: no figure can be shown. "
    "Pool the survey with other firms at network level.",
)

MSG_MARKERS = QT_TRANSLATE_NOOP(
    "Cli",
    '"< %1": fewer than %1 people; "at least N": hidden, because with the other totals it '
    "would give away a figure about fewer than %1 people. The firm's need counts now hold "
    "the figures shown, or the least the published figures prove; a question not "
    "published keeps the firm's own figure.",
)
MSG_PLAN_OUTDATED = QT_TRANSLATE_NOOP(
    "Cli",
    "The firm's saved plan was made before this survey changed the counts: update it "
    "(step 8 in the app, or wat-desktop plan FIRM --save).",
)

COMMANDS = [
    Command(
        "survey",
        QT_TRANSLATE_NOOP("Cli", "anonymous employee survey: template, questionnaire, import"),
        _configure,
        _run,
    ),
]
