"""The files monitor ships: the knowledge base, the theme model and its corpus, the demo feeds.

The repository keeps them at its top, in models/ and demo/, and the package reaches them
through two relative symlinks, monitor/_models and monitor/_demo, which a built wheel carries
as plain package data. So a checkout on sys.path (PYTHONPATH=. in a git worktree), an editable
install and an installed wheel all find them through importlib.resources, the same way, and
each checkout reads its own. Jinja2's PackageLoader reads the templates the same way.

These files are read, never written: what a user changes goes to the user data directory
(datadir.py).
"""

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from .errors import ConfigError


def _on_disk(resource: Traversable) -> Path:
    """The resource as a path: callers name it in messages and open files beside it (the demo
    feeds beside demo/feeds.yaml), which a zip archive cannot offer."""
    if not isinstance(resource, Path):
        raise ConfigError(f"{resource}: monitor must be installed as files, not run from a zip")
    return resource.resolve()  # in a checkout, the path of the file in models/ or demo/


MODELS_DIR = _on_disk(files("monitor") / "_models")
DEMO_DIR = _on_disk(files("monitor") / "_demo")
