"""Translation markers for text the domain owns.

The domain never translates: it marks source strings so that Qt's ``lupdate``
extracts them into the ``.ts`` files, and the UI or the reports translate them
at display time with the same context.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``lupdate`` records it under ``context``."""
    del context
    return text


class Translate:
    """What upper layers pass down to turn a (context, source) pair into text.

    The default returns the English source unchanged; the UI and CLI pass a
    Qt-backed translator (``wat_desktop.translations.QtTranslate``).
    """

    language = "en"

    def __call__(self, context: str, text: str) -> str:
        del context
        return text

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Translate; ``lupdate`` extracts calls written with literal arguments.

        With a count ``n`` (``translate("Ctx", "%n firms", None, n)``, Qt's numerus
        form) the plural form for ``n`` is chosen and ``%n`` becomes the number."""
        del disambiguation
        if n < 0:
            return self(context, text)
        return self.numerus(context, text, n).replace("%n", str(n))

    def numerus(self, context: str, text: str, n: int) -> str:
        """The form of ``text`` for the count ``n``, ``%n`` still in it."""
        del context, n
        return text


def fill(template: str, *args: object) -> str:
    """Replace ``%1``, ``%2``... with ``args`` (Qt's placeholder convention)."""
    result = template
    for index in range(len(args), 0, -1):  # %10 before %1
        result = result.replace(f"%{index}", str(args[index - 1]))
    return result
