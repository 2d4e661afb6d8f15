"""Write the published JSON Schema of catalogue files from the pydantic models.

.venv/bin/python scripts/catalogue_schema.py          # rewrite docs/schemas/...
.venv/bin/python scripts/catalogue_schema.py --check  # exit 1 if the file is stale
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wat_desktop.domain.catalogue_schema import json_schema
from wat_desktop.infra.atomic_file import write_text_atomic

TARGET = Path(__file__).resolve().parent.parent / "docs" / "schemas" / "catalogue-v1.schema.json"


def rendered() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != rendered():
            print(f"{TARGET} is stale: run scripts/catalogue_schema.py", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(TARGET, rendered())
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
