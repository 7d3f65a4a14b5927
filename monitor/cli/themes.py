"""`monitor label` and `monitor train`: the analyst teaches the classifier."""

from pathlib import Path
from typing import Any

import click

from ..archive.store import open_db
from ..archive.theme_store import correct_themes, corrections
from ..datadir import user_model_path
from ..errors import MonitorError
from ..nlp.themes import (
    default_theme_model,
    evaluate,
    load_corpus,
    load_model,
    save_model,
    theme_model_path,
    train,
)
from ..vocabulary import THEMES
from .common import common_options
from .output import output_options, print_json, print_records, stderr

THEME_CHOICE = click.Choice(THEMES)


@click.command()
@common_options
@click.argument("article_id")
@click.option("--theme", "themes", multiple=True, type=THEME_CHOICE, help="A theme it has.")
@click.option("--not", "not_themes", multiple=True, type=THEME_CHOICE, help="A theme it lacks.")
def label(
    config_path: Path,
    db_path: Path,
    article_id: str,
    themes: tuple[str, ...],
    not_themes: tuple[str, ...],
) -> None:
    """Correct an article's themes; `monitor train` learns from every correction.

    \b
    Example:
      monitor label 3f2a9c0d1e4b5a67 --theme security --not cooperation
    """
    if not themes and not not_themes:
        raise click.UsageError("give at least one --theme or --not")
    labels = correct_themes(open_db(db_path), article_id, set(themes), set(not_themes))
    tagged = [theme for theme, value in labels.items() if value] or ["off-topic"]
    stderr.print(f"{article_id}: now {', '.join(tagged)}; kept for the next `monitor train`")


@click.command("train")
@common_options
@output_options
@click.option("--force", is_flag=True, help="Replace the model even if the new one is worse.")
@click.option(
    "--model",
    "model_path",
    type=click.Path(dir_okay=False, path_type=Path),
    show_default="themes.npz in the user data directory",
    help="The model file to write.",
)
def train_command(
    config_path: Path, db_path: Path, output: str | None, force: bool, model_path: Path | None
) -> None:
    """Retrain the theme model on the corpus plus your corrections.

    Prints held-out precision, recall and F1 per theme for the current and the new model, and
    keeps the current one when the new one is worse, unless --force. The current one is the
    file --model names if it exists, else the model in use: yours, else the shipped one. By
    default the new model goes to the user data directory (MONITOR_DATA_DIR moves it) and is
    used from then on; the shipped model stays as released.

    --json prints one object (both models' figures and whether the model was replaced);
    --jsonl, --csv and --tsv the figures' rows.

    \b
    Example:
      monitor train
    """
    # Resolved here, not as the option's default: MONITOR_DATA_DIR is read when the command
    # runs, not when the CLI is imported.
    model_path = model_path or user_model_path()
    corpus = load_corpus()
    corrected = corrections(open_db(db_path)) if db_path.exists() else []
    train_set = [example for example in corpus if example.split == "train"] + corrected
    test_set = [example for example in corpus if example.split == "test"]
    current = load_model(model_path if model_path.exists() else theme_model_path())
    before = evaluate(current, test_set)
    stderr.print(f"training on {len(train_set)} passages ({len(corrected)} corrections)...")
    version = int(current.meta.get("version", 0)) + 1
    model = train(train_set, test_set, version)
    after = model.meta["held_out"]
    report = {"current": before, "new": after, "replaced": False, "model": str(model_path)}
    worse = after["macro_f1"] < before["macro_f1"]
    if not worse or force:
        save_model(model, model_path)
        default_theme_model.cache_clear()
        report["replaced"] = True
    if output == "json":
        print_json(report)
    else:
        _print_metrics(before, after, output)
    if worse and not force:
        raise MonitorError(
            f"kept the current model: macro-F1 {after['macro_f1']:.3f} < {before['macro_f1']:.3f}"
            " on the held-out split (use --force to replace it anyway)"
        )
    stderr.print(f"saved model version {version} to {model_path}")


def _print_metrics(before: dict[str, Any], after: dict[str, Any], output: str | None) -> None:
    rows = []
    for name, metrics in (("current", before), ("new", after)):
        for theme in THEMES:
            rows.append({"model": name, "theme": theme, **metrics[theme]})
        rows.append({"model": name, "theme": "macro", "f1": metrics["macro_f1"]})
    print_records(rows, output, ["model", "theme", "precision", "recall", "f1"], "no metrics")
