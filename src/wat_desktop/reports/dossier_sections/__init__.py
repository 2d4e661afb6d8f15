"""One module per dossier section; each ``build(data, tr)`` returns flowables."""
