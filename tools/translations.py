"""Keep the GUI's Indonesian translation up to date.

    python tools/translations.py update [TSV ...]   # lupdate ui/ -> .ts, merge TSV, lrelease -> .qm
    python tools/translations.py check              # exit 1 if a GUI string lacks a translation

The GUI's source strings are English; ``resources/translations/wfh_desktop_id.ts`` holds
the Indonesian and ``wfh_desktop_id.qm`` is what the app loads.  A TSV file has lines
``context<TAB>English source<TAB>Indonesian``.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "wfh_desktop_id.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    *sources(), "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT,
                   check=True)


def messages(ts: Path):
    """(context, source, translation or None) of every message in a .ts file."""
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = [f.text for f in tr.iter("numerusform")] if tr is not None else []
            text = (forms[0] if forms else tr.text) if tr is not None else None
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished",
                                                             "obsolete") and (text or "")
            yield name, msg.findtext("source"), (text if done else None)


def merge(ts: Path, table: dict[tuple[str, str], str]) -> int:
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source"))
            tr = msg.find("translation")
            if key in table and tr is not None and tr.get("type") == "unfinished":
                if msg.get("numerus") == "yes":  # Indonesian has a single plural form
                    for form in list(tr):
                        tr.remove(form)
                    tr.text = None
                    ET.SubElement(tr, "numerusform").text = table[key]
                else:
                    tr.text = table[key]
                del tr.attrib["type"]
                n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


def read_tsv(path: str) -> dict[tuple[str, str], str]:
    table = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            ctx, src, dst = line.split("\t")
            table[(ctx, src.replace("\\n", "\n"))] = dst.replace("\\n", "\n")
    return table


def missing() -> list[tuple[str, str]]:
    """GUI strings that the committed .ts does not translate."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        if TS.exists():
            fresh.write_bytes(TS.read_bytes())
        lupdate(fresh)
        return [(c, s) for c, s, tr in messages(fresh) if tr is None]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "check"):
        print(__doc__)
        return 2
    if argv[0] == "check":
        todo = missing()
        for ctx, src in todo:
            print(f"untranslated: {ctx}: {src!r}")
        return 1 if todo else 0
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    table = {}
    for path in argv[1:]:
        table.update(read_tsv(path))
    print(f"merged {merge(TS, table)} translations")
    lrelease(TS, QM)
    todo = [(c, s) for c, s, tr in messages(TS) if tr is None]
    for ctx, src in todo:
        print(f"untranslated: {ctx}: {src!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
