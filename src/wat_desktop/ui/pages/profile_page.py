"""Step 1: the company profile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from wat_desktop.domain.ateco import ATECO_SECTIONS, section_of
from wat_desktop.domain.ccnl import CCNL_NAMES, CcnlId
from wat_desktop.domain.firm import (
    TERRITORIAL_AREA_LABELS,
    WELFARE_REGULATION_LABELS,
    Firm,
    TerritorialArea,
)
from wat_desktop.domain.glossary import Term
from wat_desktop.domain.step_checks import (
    MSG_ATECO_MISSING,
    MSG_CHOOSE,
    MSG_NO_HEADCOUNT,
    profile_issues,
)
from wat_desktop.domain.steps import StepId
from wat_desktop.domain.validation import MSG_REQUIRED, FieldIssue
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import (
    add_row,
    align_label_columns,
    count_spin,
    new_form,
    note_label,
    set_chars_width,
)
from wat_desktop.ui.pages.step_page import StepPage, build_page, term_tip

HEADCOUNT_FIELDS = ("operai", "impiegati", "quadri", "dirigenti")
TEXT_FIELDS = (
    "name",
    "partita_iva",
    "legal_representative",
    "ateco",
    "municipality",
    "ccnl_other",
)


class ProfilePage(StepPage):
    step = StepId.PROFILE

    def __init__(self, session: FirmSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.language = "it"
        self.lines: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.name = self.lines["name"]
        self.partita_iva = self.lines["partita_iva"]
        self.partita_iva.setMaxLength(20)
        self.partita_iva.setPlaceholderText("01234567890")
        # Who signs the dossier; kept exactly as typed (the firm file allows 300 characters).
        self.legal_representative = self.lines["legal_representative"]
        self.legal_representative.setMaxLength(300)
        self.legal_representative.setPlaceholderText(self.tr("e.g. Mario Rossi"))
        self.municipality = self.lines["municipality"]
        self.ateco = self.lines["ateco"]
        self.ateco.setPlaceholderText("25.62.00")
        self.ateco_section = QComboBox()
        self.ateco_section.setEditable(True)  # type to search the sections
        self.ateco_section.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ateco_section.addItem("", "")
        self.ccnl = QComboBox()
        self.ccnl.addItem(self.tr("Choose…"), "")
        for ccnl_id, label in CCNL_NAMES.items():
            self.ccnl.addItem(QCoreApplication.translate("Ccnl", label), ccnl_id.value)
        self.ccnl_other = self.lines["ccnl_other"]
        self.territorial_area = QComboBox()
        self.territorial_area.addItem(self.tr("Choose…"), "")
        for area in TerritorialArea:
            self.territorial_area.addItem(
                QCoreApplication.translate("TerritorialArea", TERRITORIAL_AREA_LABELS[area]),
                area.value,
            )
        self.rsu_present = QCheckBox(self.tr("RSU or RSA in the firm"))
        self.employers_association = QLineEdit()
        self.employers_association.setPlaceholderText(self.tr("e.g. Confartigianato, CNA"))
        self.welfare_regulation = QComboBox()
        for regulation, label in WELFARE_REGULATION_LABELS.items():
            self.welfare_regulation.addItem(
                QCoreApplication.translate("WelfareRegulation", label), regulation.value
            )
        self.productivity_bonus = QCheckBox(self.tr("Productivity bonus agreement signed"))
        self.headcount: dict[str, QSpinBox] = {
            name: count_spin() for name in (*HEADCOUNT_FIELDS, "part_time", "fixed_term")
        }
        self.headcount_total = note_label(wrap=False)
        for widget, characters in (
            (self.name, 48),
            (self.partita_iva, 16),
            (self.legal_representative, 48),
            (self.municipality, 32),
            (self.ateco, 12),
            (self.ateco_section, 56),
            (self.ccnl, 48),
            (self.ccnl_other, 48),
            (self.territorial_area, 32),
            (self.employers_association, 48),
            (self.welfare_regulation, 48),
        ):
            set_chars_width(widget, characters)
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        firm_form = new_form()
        add_row(firm_form, self.tr("Company &name"), self.name)
        self.error_row(firm_form, "name", self.name)
        add_row(
            firm_form,
            self.tr("&Partita IVA"),
            self.partita_iva,
            self.tr("The 11-digit VAT number; the last digit is a check digit."),
        )
        self.vat_error = self.error_row(firm_form, "partita_iva", self.partita_iva)
        add_row(
            firm_form,
            self.tr("&Legal representative"),
            self.legal_representative,
            self.tr("Who signs the membership dossier for the firm."),
        )
        add_row(firm_form, self.tr("&Municipality"), self.municipality)
        self.error_row(firm_form, "municipality", self.municipality)
        add_row(firm_form, self.tr("&Territorial area"), self.territorial_area)
        self.area_error = self.error_row(firm_form, "territorial_area", self.territorial_area)
        firm_box = self._box(self.tr("The firm"), firm_form)

        sector_form = new_form()
        add_row(sector_form, self.tr("ATECO &code"), self.ateco, term_tip(Term.ATECO))
        add_row(sector_form, self.tr("ATECO &section"), self.ateco_section, term_tip(Term.ATECO))
        self.ateco_error = self.error_row(sector_form, "ateco", self.ateco)
        add_row(sector_form, self.tr("&CCNL applied"), self.ccnl, term_tip(Term.CCNL))
        self.ccnl_error = self.error_row(sector_form, "ccnl", self.ccnl)
        add_row(sector_form, self.tr("Name of the &other CCNL"), self.ccnl_other)
        self.error_row(sector_form, "ccnl_other", self.ccnl_other)
        self.sector_form = sector_form
        sector_box = self._box(self.tr("Activity and collective agreement"), sector_form)

        staff_form = new_form()
        labels = (
            self.tr("&Operai (blue-collar)"),
            self.tr("&Impiegati (white-collar)"),
            self.tr("&Quadri (middle managers)"),
            self.tr("&Dirigenti (executives)"),
            self.tr("of whom &part-time"),
            self.tr("of whom &fixed-term"),
        )
        for (name, spin), label in zip(self.headcount.items(), labels, strict=True):
            if name == "part_time":
                staff_form.addRow("", self.headcount_total)
                self.headcount_error = self.error_row(
                    staff_form,
                    "headcount",
                    self.headcount["operai"],
                    self.tr("Employees by category"),
                )
            add_row(staff_form, label, spin)
            if name in ("part_time", "fixed_term"):
                self.error_row(staff_form, name, spin)
        staff = self._box(self.tr("Employees by category"), staff_form)

        relations_form = new_form()
        add_row(
            relations_form, self.tr("Union representation"), self.rsu_present, term_tip(Term.RSU)
        )
        add_row(relations_form, self.tr("&Employers' association"), self.employers_association)
        add_row(
            relations_form,
            self.tr("&Welfare today"),
            self.welfare_regulation,
            term_tip(Term.WELFARE_REGULATION),
        )
        add_row(
            relations_form,
            self.tr("Productivity bonus"),
            self.productivity_bonus,
            term_tip(Term.PRODUCTIVITY_BONUS),
        )
        relations = self._box(self.tr("Industrial relations and welfare"), relations_form)

        align_label_columns((firm_form, sector_form, staff_form, relations_form))
        build_page(
            self,
            StepId.PROFILE,
            self.tr(
                "Your firm's details and how many people it employs. The headcount is used "
                "to check the answers in the next steps."
            ),
            (firm_box, sector_box, staff, relations),
        )

    @staticmethod
    def _box(title: str, form: QFormLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(form)
        return box

    def _connect(self) -> None:
        for name, line in self.lines.items():
            line.textEdited.connect(lambda text, name=name: self._set_text(name, text))
        self.ateco.textEdited.connect(self._sync_section_from_code)
        self.ateco_section.activated.connect(
            lambda index: self._set_text("ateco_section", self.ateco_section.itemData(index))
        )
        for name, combo in (
            ("ccnl", self.ccnl),
            ("territorial_area", self.territorial_area),
            ("welfare_regulation", self.welfare_regulation),
        ):
            combo.currentIndexChanged.connect(
                lambda index, name=name, combo=combo: self._set_text(name, combo.itemData(index))
            )
        self.ccnl.currentIndexChanged.connect(self._enable_ccnl_other)
        self.employers_association.textEdited.connect(
            lambda text: self._set_text("employers_association", text)
        )
        self.rsu_present.toggled.connect(
            lambda on: self._edit(lambda f: setattr(f.profile, "rsu_present", on))
        )
        self.productivity_bonus.toggled.connect(
            lambda on: self._edit(lambda f: setattr(f.profile, "productivity_bonus_agreement", on))
        )
        for name, spin in self.headcount.items():
            spin.valueChanged.connect(lambda value, name=name: self._set_headcount(name, value))

    def set_language(self, language: str) -> None:
        """ATECO section names are data in both languages, not translations."""
        self.language = language
        self.ateco_section.clear()
        self.ateco_section.addItem("", "")
        for section in ATECO_SECTIONS:
            self.ateco_section.addItem(
                f"{section.letter} — {section.name(language)}", section.letter
            )
        set_chars_width(self.ateco_section, 56)  # again: the open list fits the new names
        self.ateco_section.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. commerce"))
        completer = QCompleter(
            [self.ateco_section.itemText(i) for i in range(self.ateco_section.count())], self
        )
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._on_section_typed)
        self.ateco_section.setCompleter(completer)

    def _on_section_typed(self, text: str) -> None:
        index = self.ateco_section.findText(text)
        if index >= 0:
            self.ateco_section.setCurrentIndex(index)
            self._set_text("ateco_section", self.ateco_section.itemData(index))

    def _set_text(self, name: str, value: str) -> None:
        self._edit(lambda f: setattr(f.profile, name, value), name)

    def _set_headcount(self, name: str, value: int) -> None:
        self._edit(lambda f: setattr(f.profile.headcount, name, value), "headcount")
        self._show_total()

    def _show_total(self) -> None:
        total = sum(self.headcount[name].value() for name in HEADCOUNT_FIELDS)
        self.headcount_total.setText(self.tr("Total employees: %1").replace("%1", str(total)))

    def _sync_section_from_code(self, code: str) -> None:
        section = section_of(code)
        if section is not None:
            self.ateco_section.setCurrentIndex(self.ateco_section.findData(section.letter))
            self._set_text("ateco_section", section.letter)

    def _enable_ccnl_other(self) -> None:
        other = self.ccnl.currentData() == CcnlId.OTHER.value
        self.ccnl_other.setEnabled(other)
        # Only asked when it applies: the row (and its error line) shows for "other".
        self.sector_form.setRowVisible(self.ccnl_other, other)

    def load(self) -> None:
        if self.ateco_section.count() <= 1:
            self.set_language(self.language)
        firm = self.session.firm
        profile = firm.profile if firm else None
        for name, line in self.lines.items():
            line.setText(getattr(profile, name) if profile else "")
        self.employers_association.setText(profile.employers_association if profile else "")
        for name, combo in (
            ("ccnl", self.ccnl),
            ("territorial_area", self.territorial_area),
            ("welfare_regulation", self.welfare_regulation),
            ("ateco_section", self.ateco_section),
        ):
            combo.setCurrentIndex(max(0, combo.findData(getattr(profile, name) if profile else "")))
        self.rsu_present.setChecked(bool(profile and profile.rsu_present))
        self.productivity_bonus.setChecked(bool(profile and profile.productivity_bonus_agreement))
        for name, spin in self.headcount.items():
            spin.setValue(getattr(profile.headcount, name) if profile else 0)
        self._enable_ccnl_other()
        self._show_total()

    def issues(self, firm: Firm) -> list[FieldIssue]:
        return profile_issues(firm)

    def should_show(self, issue: FieldIssue) -> bool:
        # An empty field is not worth shouting about before the user has been to it:
        # the status line under the heading already lists what is missing.
        if issue.message in (MSG_CHOOSE, MSG_ATECO_MISSING, MSG_REQUIRED, MSG_NO_HEADCOUNT):
            return issue.field in self.touched
        return True
