from pathlib import Path

import pytest

from wat_desktop.app import open_app
from wat_desktop.infra.instance_lock import AlreadyRunningError


def test_a_second_instance_on_the_same_data_folder_is_refused(tmp_path: Path) -> None:
    first = open_app(tmp_path)
    try:
        with pytest.raises(AlreadyRunningError):
            open_app(tmp_path)
    finally:
        first.close()
    open_app(tmp_path).close()  # released on close
