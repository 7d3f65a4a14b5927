"""Shared by the digest and email tests: a fetched archive and a config around it."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import FeedServer, item, rss

from monitor.archive.store import open_db
from monitor.config import Config, DigestConfig, EmailConfig, load_config
from monitor.ingest.fetch import FetchLimits
from monitor.pipeline import poll

STORIES_A = rss(
    item("a1", "PLA sends 30 aircraft toward Taiwan, 20 cross median line", "https://a.example/1",
         description="Taiwan's defence ministry said 30 Chinese military aircraft were detected "
                     "around Taiwan on Tuesday and 20 crossed the median line."),
    item("a2", "Japan and Taiwan sign agreement on semiconductor investment", "https://a.example/2",
         description="The Japan-Taiwan Exchange Association signed a memorandum to deepen chip "
                     "investment and research exchanges."),
    item("a3", "Coast guard chases Chinese ships near Kinmen", "https://a.example/3",
         description="Taiwan's coast guard expelled four China Coast Guard vessels from Kinmen's "
                     "restricted waters in a gray-zone standoff."),
    item("a4", "Typhoon brings heavy rain to Okinawa", "https://a.example/4",
         description="Flights were cancelled and schools closed as the storm passed the island."),
)  # fmt: skip
STORIES_B = rss(
    item("b1", "30 Chinese military aircraft sent toward Taiwan as 20 cross median line",
         "https://b.example/1",
         description="Taiwan's defence ministry said 30 Chinese aircraft were detected around "
                     "Taiwan on Tuesday and 20 of them crossed the median line."),
    item("b2", "Japan and US defence ministers hold 2+2, agree on joint command", "https://b.example/2",
         description="The two allies agreed at their security talks to deepen defence cooperation "
                     "and integrate command of their forces."),
)  # fmt: skip


def fetched_archive(
    tmp_path: Path, feed_server: FeedServer, **digest: object
) -> tuple[Config, object]:
    a = feed_server.feed("/a", STORIES_A)
    b = feed_server.feed("/b", STORIES_B)
    path = tmp_path / "feeds.yaml"
    path.write_text(
        f"feeds:\n  - name: Outlet A\n    url: {a}\n  - name: Outlet B\n    url: {b}\n",
        encoding="utf-8",
    )
    config = load_config(path)
    config = Config(config.path, config.feeds, DigestConfig(timezone="Asia/Tokyo", **digest))
    db = open_db(tmp_path / "monitor.db")
    poll(config, db.conn, limits=FetchLimits(total_timeout_s=10))
    return config, db


def around_now() -> tuple[datetime, datetime]:
    now = datetime.now(UTC).replace(microsecond=0)
    return now - timedelta(hours=1), now + timedelta(minutes=1)


def today() -> date:
    """Today where the test digests are read (Asia/Tokyo)."""
    return datetime.now(ZoneInfo("Asia/Tokyo")).date()


def with_email(config: Config, port: int, **email: object) -> Config:
    settings = EmailConfig.model_validate(
        {
            "host": "127.0.0.1",
            "port": port,
            "security": "none",
            "from": "Monitor <monitor@example.org>",
            "timeout_seconds": 2,
            **email,
        }  # fmt: skip
    )
    digest = config.digest.model_copy(update={"recipients": ("ana@example.org", "ben@example.org")})
    return Config(config.path, config.feeds, digest, settings)
