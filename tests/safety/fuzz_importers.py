"""Coverage-guided fuzzing of one importer with atheris (libFuzzer for Python).

Run: ``python -m tests.safety.fuzz_importers IMPORTER WORK_DIR RUNS SECONDS``: at
most RUNS inputs or SECONDS of fuzzing. libFuzzer ends the process itself and
reports ``Done N runs`` on stderr; a crash prints one JSON line on stdout
(``crash``: the file kept) and exits non-zero.
The seeds are the example and hostile files; libFuzzer writes the inputs it
finds interesting into ``WORK_DIR/corpus``, never into the repository. A crash
(any exception but the importer's documented error) is copied to
``tests/data/hostile/fuzz/<importer>/`` so that ``test_fuzz_importers`` replays
it on every run from then on, with or without atheris.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["wat_desktop"]):
    from tests.safety import fuzz_targets

_state = {"inputs": 0}


def main() -> int:
    importer, work, runs, seconds = sys.argv[1], Path(sys.argv[2]), *map(int, sys.argv[3:5])
    corpus = work / "corpus"
    crashes = work / "crashes"
    corpus.mkdir(parents=True, exist_ok=True)
    crashes.mkdir(parents=True, exist_ok=True)
    for seed in fuzz_targets.seeds(importer):
        (corpus / hashlib.sha1(seed).hexdigest()).write_bytes(seed)

    def one_input(data: bytes) -> None:
        _state["inputs"] += 1
        try:
            fuzz_targets.run_one(importer, data)
        except Exception:
            keep = fuzz_targets.REGRESSIONS / importer
            keep.mkdir(parents=True, exist_ok=True)
            name = f"crash-{hashlib.sha1(data).hexdigest()[:12]}"
            (keep / name).write_bytes(data)
            print(json.dumps({"inputs": _state["inputs"], "crash": str(keep / name)}))
            sys.stdout.flush()
            raise

    args = [
        sys.argv[0],
        f"-runs={runs}",
        f"-max_total_time={seconds}",
        "-max_len=8192",
        "-timeout=5",
        f"-artifact_prefix={crashes}{os.sep}",
        "-print_final_stats=0",
        str(corpus),
    ]
    atheris.Setup(args, one_input)
    atheris.Fuzz()  # does not return: libFuzzer exits when done
    return 0


if __name__ == "__main__":
    sys.exit(main())
