"""One Italian term for each concept across the wizard, plan, dossier and help texts
(review P3 #45). The chosen terms: "rilevanza" for the 1-5 rating of a need area,
"ambito territoriale" for the firm's territory, "figli" for employees' children,
"offerte in aggregazione" for pooled offers (their price: "prezzo di rete")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).parents[2] / "resources" / "translations" / "wat_it.ts"

# The words each choice replaced, as they read in the translations.
REPLACED = {
    "rilevanza": re.compile(r"\bimportanza\b|\bimportant[ei]\b", re.IGNORECASE),
    "ambito territoriale": re.compile(r"\barea territoriale\b", re.IGNORECASE),
    "figli": re.compile(r"\bbambin[oi]\b", re.IGNORECASE),
    "offerte in aggregazione": re.compile(
        r"\bofferte? condivis[ae]\b|\bofferte? in rete\b|\bin rete\b", re.IGNORECASE
    ),
}


def _translations() -> list[tuple[str, str, str]]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None:
                text = "".join(translation.itertext()).replace("&", "")
                found.append((name, message.findtext("source") or "", text))
    return found


def test_each_concept_has_one_italian_term() -> None:
    messages = _translations()
    assert len(messages) > 500
    for term, replaced in REPLACED.items():
        stray = [f"{c}: {t}" for c, _s, t in messages if replaced.search(t)]
        assert stray == [], term


def test_the_chosen_terms_are_the_ones_the_wizard_uses() -> None:
    italian = {(c, s): t for c, s, t in _translations()}
    assert italian[("Step", "Relevance and measures")] == "Rilevanza e misure"
    assert italian[("RelevancePage", "4 - very relevant")] == "4 - molto rilevante"
    assert italian[("ProfilePage", "&Territorial area")] == "Ambito territoriale"
    reason = (
        "%1 children for %2 employees, a need you rate %3 of 5; nothing you offer covers it yet."
    )
    assert italian[("NeedsProfile", reason)].startswith("%1 figli per %2 dipendenti")
    assert "rilevanza %3 su 5" in italian[("NeedsProfile", reason)]
    offers = (
        "The services of the territorial network that answer your needs. "
        "Pooled offers cost less when more firms join."
    )
    assert "offerte in aggregazione" in italian[("StepHelp", offers)]
