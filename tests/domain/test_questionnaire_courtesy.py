"""The employee questionnaire speaks to one person, so its Italian uses the courtesy
"Lei" form (review P2 #31), never the "voi" the app uses with the firm."""

from __future__ import annotations

import re

from wat_desktop.domain.survey.questions import QUESTIONS
from wat_desktop.translations import QtTranslate

# Second-person plural forms the first version used ("Assistete", "dei vostri figli"…).
VOI = re.compile(
    r"\b(vostr[aoie]|vi|avete|assistete|usereste|barrate|contate|lasciate|preferite|"
    r"scrivete|firmate|piegatelo|inseritelo|identificarvi)\b",
    re.IGNORECASE,
)


def _questionnaire_text() -> str:
    import io

    from pypdf import PdfReader

    from wat_desktop.reports.questionnaire_pdf import build_questionnaire

    pdf = build_questionnaire("Alfa S.r.l.", 5, QtTranslate("it"))
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def test_every_question_addresses_the_employee_as_lei() -> None:
    tr = QtTranslate("it")
    asked = [tr.translate("SurveyQuestion", q.text) for q in QUESTIONS]
    assert all(text != q.text for text, q in zip(asked, QUESTIONS, strict=True))  # translated
    assert [text for text in asked if VOI.search(text)] == []
    assert "Quanti figli ha tra 0 e 2 anni?" in asked
    assert "Assiste un familiare di 75 anni o più?" in asked
    assert "Ha difficoltà a pagare l'affitto?" in asked


def test_the_printed_form_and_its_notice_use_lei_throughout() -> None:
    text = _questionnaire_text()
    assert VOI.findall(text) == []
    assert "Non firmi il modulo. Lo pieghi e lo inserisca nell'apposita urna. Grazie!" in text
    assert "non scriva il Suo nome" in text and "Barri una casella per domanda" in text
    assert "Quanti figli ha tra 15 e 18 anni?" in text
