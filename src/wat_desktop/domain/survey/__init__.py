"""The anonymous employee survey: questions, CSV rows, aggregation, suppression.

One anonymous respondent answers a few questions with coarse bands only (no
names, no free text, no dates); answers are aggregated into the need counts and
published only after anonymity suppression (DOMAIN-FACTS §9).
"""
