"""How the suite runs: CI runs the README's command, which spreads the tests over every core
(pytest-xdist, set in pyproject.toml) and still runs them in one process when asked; and what
tests running side by side must not share: a port or the user data directory."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from processes import ephemeral_ports, free_port, worker_ports

ROOT = Path(__file__).resolve().parents[1]

# A test that says which process ran it: "main" when no xdist worker did.
WHERE = """
import os
from pathlib import Path

def test_where():
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    (Path(os.environ["WHERE_OUT"]) / __name__).write_text(worker)
"""


def test_ci_runs_the_readmes_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (command,) = [
        line for line in readme.splitlines() if line.endswith(".venv/bin/python -m pytest")
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == command


def run_suite(project: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """`python -m pytest OPTIONS` in a project with this checkout's pyproject.toml and
    conftest.py, told to see two cores whatever this machine has."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.update(PYTEST_XDIST_AUTO_NUM_WORKERS="2", WHERE_OUT=str(project / "out"))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *options],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "tests").mkdir()
    shutil.copy(ROOT / "tests" / "conftest.py", tmp_path / "tests")
    for name in ("test_one", "test_two"):
        (tmp_path / "tests" / f"{name}.py").write_text(WHERE)
    (tmp_path / "out").mkdir()
    return tmp_path


@pytest.mark.parametrize(
    ("options", "processes"),
    [((), {"gw0", "gw1"}), (("-n", "0"), {"main"}), (("-p", "no:xdist"), {"main"})],
    ids=["as-configured", "-n 0", "-p no:xdist"],
)
def test_the_suite_runs_on_every_core_or_in_one_process_when_asked(
    project: Path, options: tuple[str, ...], processes: set[str]
) -> None:
    result = run_suite(project, *options)
    assert result.returncode == 0, result.stdout + result.stderr
    ran = {path.name: path.read_text() for path in (project / "out").iterdir()}
    assert set(ran) == {"test_one", "test_two"} and set(ran.values()) == processes


def test_a_test_that_writes_into_the_shared_user_data_directory_is_named(project: Path) -> None:
    """Tests of one process share the user data directory, in an order xdist chooses: one that
    writes the user's knowledge-base additions there changes what the tests after it link."""
    (project / "tests" / "test_writes.py").write_text(
        "import os\nfrom pathlib import Path\n\ndef test_adds():\n"
        "    (Path(os.environ['MONITOR_DATA_DIR']) / 'entities.yaml').write_text('x')\n"
    )
    result = run_suite(project, "-n", "0")  # the check is the same in a worker; quicker here
    assert result.returncode == 1
    assert "a test wrote entities.yaml into the shared user data directory" in result.stdout


def test_a_port_for_a_server_a_test_starts_is_none_another_socket_can_be_handed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A port from a probe bound to port 0 was free again once the probe closed, and any bind
    to port 0 or outgoing connection of the other worker could take it before `monitor serve`
    had started on it."""
    assert free_port() not in ephemeral_ports()
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "2")
    bands = []
    for worker in ("gw0", "gw1"):
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        bands.append(set(worker_ports()))
        assert free_port() in bands[-1]
    assert bands[0] and bands[1] and not bands[0] & bands[1]
    assert not (bands[0] | bands[1]) & set(ephemeral_ports())
