"""Shared by the benchmarks: a corpus of news texts, a local feed server, peak-memory runs."""

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from monitor.json_lines import json_lines

if TYPE_CHECKING:
    from monitor.nlp.themes import Example

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "models" / "training" / "themes.jsonl"
PEAK_OF_CHILD = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print('PEAK_KB', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(code)"
)


def theme_examples(
    path: Path, test_every: int = 5, text_of: Callable[[str], str] = str
) -> list["Example"]:
    """A labelled set's passages as the theme corpus holds them once they join it: the title, a
    blank line and the text (through `text_of`: `str` keeps it as written, the CJK corpora fold
    it), every `test_every`-th passage to `test` and the rest to `train` (`test_every` 0: all to
    `test`)."""
    from monitor.nlp.themes import Example  # here, not above: the feed benchmarks need no model
    from monitor.vocabulary import THEMES

    examples = []
    for record in (json.loads(line) for _, line in json_lines(path)):
        if record.get("themes") is None:
            continue
        title = record.get("title") or ""
        text = f"{title}\n\n{record['text']}" if title else record["text"]
        to_test = not test_every or len(examples) % test_every == test_every - 1
        labels = {theme: int(record["themes"][theme]) for theme in THEMES}
        examples.append(Example(text_of(text), labels, "test" if to_test else "train"))
    return examples


def passages() -> list[str]:
    return [json.loads(line)["text"] for _, line in json_lines(CORPUS)]


def feed_documents(feeds: int, items: int) -> dict[str, bytes]:
    """`feeds` RSS documents of `items` items each, cycling through the corpus."""
    texts = passages()
    documents = {}
    for f in range(feeds):
        entries = []
        for i in range(items):
            text = texts[(f * items + i) % len(texts)]
            title = text.split(". ")[0][:120]
            entries.append(
                f"<item><guid>f{f}-{i}</guid><title>{escape(title)}</title>"
                f"<link>https://feed{f}.example/{i}</link><description>{escape(text)}</description>"
                "</item>"
            )
        documents[f"/feed{f}.xml"] = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed {f}</title>{''.join(entries)}</channel></rss>"
        ).encode()
    return documents


def analysed_texts(documents: dict[str, bytes]) -> list[str]:
    """The texts monitor analyses for these documents: title, blank line, description."""
    import feedparser

    texts = []
    for body in documents.values():
        for entry in feedparser.parse(body).entries:
            texts.append(f"{entry.title}\n\n{entry.description}")
    return texts


class Server:
    """Serves the documents on 127.0.0.1 with an ETag, answering 304 when it comes back."""

    def __init__(self, documents: dict[str, bytes]) -> None:
        self.documents = documents

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                body = documents.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                if self.headers.get("If-None-Match") == '"1"':
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("ETag", '"1"')
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()

    def write_feeds_yaml(self, path: Path) -> None:
        """A feeds.yaml listing every document served, one feed each."""
        path.write_text("feeds:\n" + "".join(
            f"  - name: Feed {i}\n    url: {self.base}{document}\n"
            for i, document in enumerate(self.documents)
        ))  # fmt: skip


def measured_run(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, float, str]:
    """(seconds, peak MB, stdout) of a command run in a fresh parent process."""
    import time

    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PEAK_OF_CHILD, *command],
        capture_output=True, text=True, cwd=cwd, env=env,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    peak = next(line for line in done.stderr.splitlines() if line.startswith("PEAK_KB"))
    return elapsed, int(peak.split()[1]) / 1024, done.stdout
