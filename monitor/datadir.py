"""Where a user's own files live: trained models, labels, knowledge-base additions.

The shipped files (models/) stay as released; what a user changes goes here. One directory,
chosen by the platform's conventions (platformdirs) and overridable by MONITOR_DATA_DIR.
"""

import os
from pathlib import Path

ENV = "MONITOR_DATA_DIR"


def data_dir() -> Path:
    """The user data directory (not created here: writers create what they write)."""
    override = os.environ.get(ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("monitor", appauthor=False))


def cache_dir() -> Path:
    """Files monitor can rebuild whenever they are missing (the parsed knowledge base): the
    platform's cache directory, or `cache` in MONITOR_DATA_DIR when that is set."""
    if os.environ.get(ENV):
        return data_dir() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("monitor", appauthor=False))


def user_kb_path() -> Path:
    """The user's knowledge-base additions, merged over the shipped one."""
    return data_dir() / "entities.yaml"


def user_model_path() -> Path:
    """The user's retrained theme model (`monitor train`), used instead of the shipped one."""
    return data_dir() / "themes.npz"
