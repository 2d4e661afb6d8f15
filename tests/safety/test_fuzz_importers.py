"""Fuzzing every importer: each input is accepted or refused with the importer's
own error, never a crash. Atheris (coverage-guided) where it installs; a
hypothesis fuzz everywhere; and every crash ever found, replayed as a regression."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.safety.fuzz_targets import REGRESSIONS, TARGETS, run_one, seeds

ROOT = Path(__file__).resolve().parents[2]
IMPORTERS = sorted(TARGETS)
ATHERIS_RUNS, ATHERIS_SECONDS = 20_000, 12
EXAMPLES = 150
_counted: dict[str, int] = {}


def _count(importer: str) -> None:
    _counted[importer] = _counted.get(importer, 0) + 1


@pytest.mark.parametrize("importer", IMPORTERS)
def test_every_crash_found_so_far_stays_fixed(importer: str) -> None:
    kept = sorted((REGRESSIONS / importer).glob("*")) if (REGRESSIONS / importer).is_dir() else []
    for path in kept:
        run_one(importer, path.read_bytes())  # raises if it still crashes
    assert all(p.is_file() for p in kept)


def _mutations(importer: str) -> st.SearchStrategy[bytes]:
    """A seed file with bytes replaced, inserted, deleted and sliced at random."""
    pool = seeds(importer)

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(st.sampled_from(pool)))
        for _ in range(draw(st.integers(1, 8))):
            where = draw(st.integers(0, len(data)))
            kind = draw(st.sampled_from(["replace", "insert", "delete", "cut", "repeat"]))
            chunk = draw(st.binary(min_size=1, max_size=8))
            if kind == "replace":
                data[where : where + len(chunk)] = chunk
            elif kind == "insert":
                data[where:where] = chunk
            elif kind == "delete":
                del data[where : where + len(chunk)]
            elif kind == "cut":
                del data[where:]
            else:
                data[where:where] = data[where : where + 16] * draw(st.integers(2, 50))
        return bytes(data)

    return mutate()


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=25,
)


def _json_documents(importer: str) -> st.SearchStrategy[bytes]:
    """A valid-looking document whose one field is replaced by any JSON value."""
    documents = []
    for seed in seeds(importer):
        try:
            value = json.loads(seed)
        except (ValueError, RecursionError):  # hostile seeds: mutated as bytes instead
            continue
        if isinstance(value, dict) and value:
            documents.append(value)

    @st.composite
    def replace(draw: st.DrawFn) -> bytes:
        document = json.loads(json.dumps(draw(st.sampled_from(documents))))
        node = document
        while isinstance(node, dict | list) and node and draw(st.booleans()):
            key = draw(st.sampled_from(list(node) if isinstance(node, dict) else range(len(node))))
            if not isinstance(node[key], dict | list) or not node[key]:
                break
            node = node[key]
        if isinstance(node, dict) and node:
            node[draw(st.sampled_from([*node, "unexpected"]))] = draw(JSON_VALUES)
        return json.dumps(document, ensure_ascii=draw(st.booleans())).encode()

    return replace() if documents else st.binary()


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("importer", IMPORTERS)
def test_hypothesis_fuzz_of_each_importer(importer: str) -> None:
    @FUZZ
    @given(
        st.one_of(
            st.binary(max_size=3000),
            _mutations(importer),
            _json_documents(importer),
        )
    )
    def one(data: bytes) -> None:
        _count(importer)
        run_one(importer, data)

    one()
    print(f"hypothesis fuzz {importer}: {_counted[importer]} inputs")
    assert _counted[importer] >= EXAMPLES


def _atheris_available() -> bool:
    done = subprocess.run(
        [sys.executable, "-c", "import atheris"], capture_output=True, timeout=60, check=False
    )
    return done.returncode == 0


@pytest.mark.skipif(
    not _atheris_available(),
    reason="atheris does not install on this Python/platform; the hypothesis fuzz above ran",
)
@pytest.mark.parametrize("importer", IMPORTERS)
def test_atheris_fuzz_of_each_importer(importer: str, tmp_path: Path) -> None:
    before = set((REGRESSIONS / importer).glob("*")) if (REGRESSIONS / importer).is_dir() else set()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.safety.fuzz_importers",
            importer,
            str(tmp_path),
            str(ATHERIS_RUNS),
            str(ATHERIS_SECONDS),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    found = re.search(r"Done (\d+) runs", done.stderr)
    after = set((REGRESSIONS / importer).glob("*")) if (REGRESSIONS / importer).is_dir() else set()
    assert done.returncode == 0 and after == before, (done.stdout, done.stderr[-3000:])
    assert found is not None, done.stderr[-2000:]
    print(f"atheris fuzz {importer}: {found.group(1)} inputs")
    assert int(found.group(1)) > 100
