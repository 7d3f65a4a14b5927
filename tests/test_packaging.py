"""A built wheel carries everything monitor reads (the knowledge base, the theme model and its
corpus, the demo feeds, the templates): installed into a fresh venv and run outside the
checkout, `monitor demo` stores the demo articles and writes the digest."""

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import feedparser
import pytest
import sqlite_utils
from processes import start, stop_process

ROOT = Path(__file__).resolve().parents[1]
# What the build reads; copied so that its build/ and *.egg-info land in tmp, not the checkout.
SOURCES = ("pyproject.toml", "README.md", "monitor", "models", "demo")
DEMO_FEEDS = sorted((ROOT / "demo" / "feeds").iterdir())
# Each file the wheel must carry (all of models/, so a new one there is caught), and where the
# checkout keeps it.
SHIPPED = {
    **{
        f"monitor/_models/{path.relative_to(ROOT / 'models').as_posix()}": path
        for path in (ROOT / "models").rglob("*")
        if path.is_file()
    },
    "monitor/_demo/feeds.yaml": ROOT / "demo" / "feeds.yaml",
    **{f"monitor/_demo/feeds/{path.name}": path for path in DEMO_FEEDS},
    **{
        f"monitor/digest/templates/{path.name}": path
        for path in (ROOT / "monitor" / "digest" / "templates").glob("*.j2")
    },
}


def run(command: list[str], cwd: Path, env: dict[str, str], timeout_s: float) -> tuple[str, str]:
    """Run a command to its end and return its stdout and stderr; whatever it started is
    stopped, even when it times out."""
    process = start(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = process.communicate(timeout=timeout_s)
    finally:
        stop_process(process)
    assert process.returncode == 0, f"{command} exited {process.returncode}:\n{out!r}\n{err!r}"
    return out.decode(), err.decode()


def outside_env(tmp: Path, **more: str) -> dict[str, str]:
    """The environment without PYTHONPATH (conftest points it at the checkout, which is what
    must not be imported here), with pip's and the user's files under tmp."""
    env = {
        k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("MONITOR_")
    }
    (tmp / "tmp").mkdir(exist_ok=True)
    return {**env, "TMPDIR": str(tmp / "tmp"), "PIP_NO_CACHE_DIR": "1", **more}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built once as `pip install .` builds it (in an isolated build environment),
    from a copy of the checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(ROOT / name, source / name, symlinks=True, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist")]
    run([*command, str(source)], tmp, outside_env(tmp), timeout_s=180)
    (built,) = (tmp / "dist").glob("monitor-*.whl")
    return built


def test_the_wheel_carries_the_shipped_files_as_they_are(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        data = {
            name
            for name in archive.namelist()
            if name.startswith("monitor/") and not name.endswith(".py")
        }
        assert data == set(SHIPPED)  # all of them, and nothing else: no db/, no caches
        for name, original in SHIPPED.items():
            assert archive.read(name) == original.read_bytes(), name


def test_monitor_demo_runs_from_the_installed_wheel_anywhere(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    env = outside_env(tmp_path, MONITOR_DATA_DIR=str(tmp_path / "data"))
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp_path, env, 120)
    (packages,) = venv.glob("lib/python*/site-packages")
    # The heavy dependencies (spaCy, scikit-learn) come from the test venv, after the venv's own
    # packages. `--system-site-packages` would not do: from a venv it gives the base
    # interpreter's packages. A path line in a .pth runs no .pth of that directory, so the test
    # venv's editable install of monitor stays out.
    (packages / "test-venv.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    install = ["-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--no-deps", "-q"]
    run([sys.executable, *install, str(wheel)], tmp_path, env, 120)

    anywhere = tmp_path / "anywhere"
    anywhere.mkdir()
    out, err = run([str(venv / "bin" / "monitor"), "demo"], anywhere, env, 240)

    assert "6 feeds, " in err and "0 failed" in err
    items = sum(len(feedparser.parse(path.read_bytes()).entries) for path in DEMO_FEEDS)
    db = sqlite_utils.Database(anywhere / "db" / "demo.db")
    assert db["articles"].count == items - 1  # one wire story is carried by two outlets
    assert db["digests"].count == 1
    (html,) = (anywhere / "db").glob("digest-*.html")
    assert out.splitlines()[-1].strip() == str(html.resolve())
    assert html.with_suffix(".txt").stat().st_size > 0
    assert html.with_suffix(".eml").stat().st_size > 0

    (anywhere / "feeds.yaml").write_text("feeds: []\n")
    doctor, _ = run([str(venv / "bin" / "monitor"), "doctor", "--json"], anywhere, env, 120)
    checks: dict[str, Any] = {check["name"]: check for check in json.loads(doctor)}
    installed = packages.resolve() / "monitor" / "_models"
    assert (
        f"shipped {installed / 'entities.yaml'}, yours none yet"
        in checks["knowledge base"]["detail"]
    )
    assert checks["theme model"]["detail"].endswith(f"shipped {installed / 'themes.npz'}")
