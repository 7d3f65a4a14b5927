"""feeds.yaml as hostile input: a feed's location in any scheme a URL can name.

Each test names, in its docstring, what the code before this audit (e1a4ec14) did, as observed
by running the test against it.
"""

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from monitor.config import load_config
from monitor.errors import ConfigError

# RFC 3986: a scheme is a letter, then letters, digits, "+", "-" and ".".
SCHEMES = st.from_regex(r"\A[A-Za-z][A-Za-z0-9+.-]{1,12}\Z")


@given(scheme=SCHEMES, rest=st.sampled_from(["alert(1)", "//example.org/feed.xml", "x,<rss/>"]))
@example(scheme="javascript", rest="alert(document.cookie)")
@example(scheme="data", rest="text/xml,<rss/>")
@example(scheme="mailto", rest="desk@example.org")
def test_a_url_in_any_other_scheme_is_refused_naming_the_feed(
    tmp_path_factory: pytest.TempPathFactory, scheme: str, rest: str
) -> None:
    """Before: only a scheme before "://" was checked, so "javascript:alert(1)" or
    "data:text/xml,..." loaded as a file name, and each pass failed the feed with "cannot read
    file" instead of the mistake being named when the file was loaded."""
    path = tmp_path_factory.mktemp("feeds") / "feeds.yaml"
    path.write_text(f'feeds:\n  - name: Odd\n    url: "{scheme}:{rest}"\n')
    if scheme.lower() in ("http", "https", "file"):
        return
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: feeds[0] 'Odd': url: ") and "\n" not in message


@pytest.mark.parametrize("location", ["feed.xml", "C:/feeds/feed.xml", "dir/a:b.xml", "file:///x"])
def test_a_file_path_is_still_a_feed(tmp_path: Path, location: str) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(f'feeds:\n  - name: Local\n    url: "{location}"\n')
    assert load_config(path).feeds[0].name == "Local"
