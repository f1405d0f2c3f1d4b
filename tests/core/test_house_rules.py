"""Rules of the code base checked on the source itself: layering and translations."""
import ast
import re
import string
from pathlib import Path

import pytest

from wfh_desktop import i18n

ROOT = Path(__file__).resolve().parents[2]


def python_files(package):
    return sorted((ROOT / package).rglob("*.py"))


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


@pytest.mark.parametrize("package", ["wfh_desktop", "db"])
def test_core_and_storage_never_import_qt_or_ui(package):
    bad = {}
    for path in python_files(package):
        mods = set(imported_modules(path)) & {"PySide6", "PyQt5", "PyQt6", "shiboken6", "ui"}
        if mods:
            bad[str(path.relative_to(ROOT))] = mods
    assert not bad


def test_storage_does_not_import_the_core():
    bad = [str(p) for p in python_files("db") if "wfh_desktop" in set(imported_modules(p))]
    assert not bad


def test_gui_never_imports_storage_or_writes_sql():
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE TABLE)\b")
    for path in python_files("ui"):
        assert "db" not in set(imported_modules(path)), path
        assert not sql.search(path.read_text(encoding="utf-8")), path


def test_only_storage_speaks_sql():
    sql = re.compile(r"\b(SELECT .* FROM|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE TABLE)\b")
    offenders = [str(p) for p in python_files("wfh_desktop") if sql.search(p.read_text("utf-8"))]
    assert not offenders


def translated_literals():
    for path in python_files("wfh_desktop"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "t" and node.args):
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield path.name, node.lineno, arg.value


def fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_core_message_has_an_indonesian_translation():
    missing = [f"{name}:{line}: {text}" for name, line, text in translated_literals()
               if text not in i18n.ID]
    assert not missing, "\n".join(missing)


def test_translations_keep_their_placeholders():
    wrong = [src for src, dst in i18n.ID.items() if fields(src) != fields(dst)]
    assert not wrong
