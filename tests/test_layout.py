"""The package's tree is its data flow, and nothing points up.

Stages, lowest first; a module imports from its own stage or a lower one, never a higher one:

    basics    monitor/*.py: config, clock, errors, urls, vocabulary, ... (what every stage reads)
    ingest    monitor/ingest/    feeds in, articles out
    nlp       monitor/nlp/       text in, analyses out
    archive   monitor/archive/   the SQLite archive and its queries
    digest    monitor/digest/    what goes out to readers: digest, alerts, Atom, exports
    run       monitor/pipeline.py, monitor/service.py: the pass and the scheduler over them
    cli       monitor/cli/       the command, on top of everything

Every import counts: at the top of a module, inside a function (the CLI's lazy ones), and under
TYPE_CHECKING, since an upward arrow is one whenever it is followed.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "monitor"
STAGES = ("basics", "ingest", "nlp", "archive", "digest", "run", "cli")
RUN = {"monitor.pipeline", "monitor.service"}  # top-level modules that drive the stages


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> str:
    if module in RUN:
        return "run"
    parts = module.split(".")
    if len(parts) > 2 or (len(parts) == 2 and (PACKAGE / parts[1]).is_dir()):
        return parts[1]
    return "basics"


def is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import of a monitor module in the file, relative ones resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            for alias in node.names:
                # `from . import datasette_atom` imports a module, `from .x import y` a name.
                target = f"{source}.{alias.name}"
                found.append((node.lineno, target if is_module(target) else source))
    return list(dict.fromkeys(found))  # `from x import a, b` is one arrow


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_walk_sees_every_kind_of_import() -> None:
    """The walk is only as good as what it finds: a lazy import inside a function, an import
    under TYPE_CHECKING and `from . import module` all count."""
    found = {module_name(path): {target for _, target in imports(path)} for path in modules()}
    assert "monitor.config" in found["monitor.clock"]  # under TYPE_CHECKING
    assert "monitor.digest.alert_rules" in found["monitor.cli.main"]  # inside a function
    assert "monitor.digest.datasette_atom" in found["monitor.cli.service"]  # `from ..digest import`
    assert "monitor" in found["monitor.ingest.fetch"]  # `from .. import __version__`


def test_no_module_imports_from_a_stage_above_its_own() -> None:
    order = " < ".join(STAGES)
    upward = []
    for path in modules():
        importer = module_name(path)
        for line, target in imports(path):
            if target.split(".")[0] != "monitor":
                continue
            if STAGES.index(stage(target)) > STAGES.index(stage(importer)):
                upward.append(
                    f"{importer} (line {line}) imports {target}: {stage(importer)} may not "
                    f"import from {stage(target)} ({order})"
                )
    assert not upward, "upward imports:\n" + "\n".join(upward)


def test_only_the_cli_imports_click() -> None:
    """The stages are a library the CLI and the scheduler share; `clock` parses `--since`'s
    spans, yet the error for a bad one is the CLI's to raise."""
    users = [
        module_name(path)
        for path in modules()
        if any(target.split(".")[0] == "click" for _, target in imports(path))
    ]
    assert [user for user in users if stage(user) != "cli"] == []


def test_each_stage_says_what_it_takes_and_gives_and_imports_nothing() -> None:
    """Importing `monitor.nlp` to reach one module must not load the rest of the stage, and a
    stage's `__init__` that imports nothing cannot make a cycle."""
    for init in sorted(PACKAGE.glob("*/__init__.py")):
        tree = ast.parse(init.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{init.parent.name}/__init__.py has no docstring"
        assert [node for node in tree.body if not isinstance(node, ast.Expr)] == [], init
        assert stage(module_name(init)) in STAGES, f"{init.parent.name}: give it a place in STAGES"


def test_no_formatted_string_holds_a_constant_field() -> None:
    """A pattern's repeat count written in an rf-string ("{0,3}") is a field, not a count: the
    string holds "(0, 3)", and the pattern silently stops matching (a media monitor's outlet
    label of two words was no longer read as one). Fields are names; counts stay in plain
    strings."""
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
        for path in modules()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FormattedValue) and isinstance(node.value, ast.Constant | ast.Tuple)
    ]
    assert found == []
