"""`monitor doctor`: is this installation healthy? Each check says ok, warn or fail, and why."""

import smtplib
import sqlite3
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..archive.migrations import SCHEMA_VERSION
from ..archive.schema_check import missing_parts
from ..archive.store import connect_readonly
from ..config import Config, load_config
from ..datadir import user_kb_path
from ..digest.alert_rules import alert_rules
from ..errors import MonitorError, one_line
from ..nlp.english import default_pipeline
from ..nlp.kb import KB_PATH, knowledge_base
from ..nlp.kbfile import kb_to_add_to
from ..nlp.themes import MODEL_PATH, default_theme_model, theme_model_path


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok, warn or fail
    detail: str


def run_checks(config_path: Path, db_path: Path) -> list[Check]:
    checks: list[Check] = []
    config: Config | None = None
    try:
        loaded = load_config(config_path)
        rules = alert_rules(loaded)  # an alert's entity the knowledge base lacks is an error
        config = loaded
        detail = f"{config_path}: {len(config.feeds)} feeds, {len(rules)} alert rules"
        checks.append(Check("config", "ok", detail))
    except MonitorError as exc:
        checks.append(Check("config", "fail", str(exc)))
    checks.append(_guarded("database", lambda: _database(db_path)))
    user_kb = config.knowledge_base if config is not None else user_kb_path()
    checks.append(_guarded("knowledge base", lambda: _knowledge_base(user_kb)))
    checks.append(_guarded("spaCy model", _spacy_model))
    checks.append(_guarded("theme model", _theme_model))
    checks.append(_guarded("Japanese and Chinese", _cjk_languages))
    if config is not None:
        checks.append(_guarded("smtp", lambda: _smtp(config)))
    return checks


def _guarded(name: str, check: Callable[[], tuple[str, str]]) -> Check:
    try:
        status, detail = check()
    except (MonitorError, OSError, sqlite3.Error, smtplib.SMTPException) as exc:
        return Check(name, "fail", f"{type(exc).__name__}: {exc}")
    return Check(name, status, detail)


def _database(db_path: Path) -> tuple[str, str]:
    if not db_path.exists():  # a fresh installation: nothing is wrong yet, and nothing is made
        return "warn", f"{db_path}: not created yet (monitor fetch creates it)"
    conn = connect_readonly(db_path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        version = conn.execute("SELECT max(version) FROM _migrations").fetchone()[0] or 0
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        missing = missing_parts(conn) if version == SCHEMA_VERSION else []
        if missing:
            return "fail", (
                f"{db_path}: schema version {version}, but lacks {', '.join(missing)} (renamed "
                "or dropped by hand?); restore a backup"
            )
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0] if version else 0
    finally:
        conn.close()
    detail = (
        f"{db_path}: integrity {integrity}, schema version {version} of {SCHEMA_VERSION}, "
        f"journal {mode}, {articles} articles"
    )
    if integrity != "ok" or version > SCHEMA_VERSION:
        return "fail", detail
    return ("ok" if version == SCHEMA_VERSION else "warn"), detail


def _knowledge_base(user_path: Path) -> tuple[str, str]:
    try:  # the user's file as `entities add` reads it: the others leave a faulty one out
        kb_to_add_to(user_path)
    except MonitorError as exc:
        return "fail", f"{one_line(exc)}; until it is mended, only the shipped entities apply"
    kb = knowledge_base(user_path)
    yours = user_path if user_path.exists() else f"none yet ({user_path})"
    return "ok", (
        f"version {kb.version}, {len(kb.entities)} entities, sha256 {kb.digest}; "
        f"shipped {KB_PATH}, yours {yours}"
    )


def _spacy_model() -> tuple[str, str]:
    pipeline = default_pipeline()
    status = "ok" if pipeline.statistical else "warn"
    return status, f"{pipeline.model}; components {', '.join(pipeline.nlp.pipe_names)}"


def _theme_model() -> tuple[str, str]:
    path = theme_model_path()
    model = default_theme_model()
    held_out = model.meta.get("held_out", {})
    whose = "shipped" if path == MODEL_PATH else "yours"
    return "ok", (
        f"version {model.version}, trained {model.meta.get('trained_utc')}, "
        f"held-out macro-F1 {held_out.get('macro_f1')}; {whose} {path}"
    )


def _cjk_languages() -> tuple[str, str]:
    from ..nlp.analyze_cjk import INSTALL_HINT, cjk_ready
    from ..nlp.chinese import jieba_version
    from ..nlp.japanese import japanese_pipeline

    if not (cjk_ready("ja") and cjk_ready("zh")):
        return "warn", f"Japanese and Chinese articles are stored, not analysed: {INSTALL_HINT}"
    pipeline = japanese_pipeline()
    status = "ok" if pipeline.nlp is not None else "warn"
    return status, f"ja: {pipeline.model}; zh: {jieba_version()}, OpenCC"


def _smtp(config: Config) -> tuple[str, str]:
    """Connect, greet, start TLS and log in as a send would, without sending anything."""
    settings = config.email
    if settings is None:
        return "warn", "no email: section; digests are built and stored but not sent, no alerts"
    if config.digest.recipients or not config.alerts:  # alerts may name recipients of their own
        config.require_email()
    config.require_smtp()
    context = ssl.create_default_context(cafile=settings.ca_file)
    client: smtplib.SMTP
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout_seconds, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
    with client:
        client.ehlo()
        if settings.security == "starttls":
            client.starttls(context=context)
            client.ehlo()
        if settings.username:
            client.login(settings.username, settings.password() or "")
    logged_in = f", logged in as {settings.username}" if settings.username else ""
    return "ok", f"{settings.host}:{settings.port} ({settings.security}){logged_in}"
