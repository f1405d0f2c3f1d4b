"""The ``wfh-desktop`` command: with no command it opens the GUI, with one it works headless.

Exit codes: 0 success, 1 input rejected (nothing changed), 2 usage error.  The commands
and their output are a stable interface (see DESIGN.md, "Command-line contract").
"""
from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .i18n import set_language, t

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wfh-desktop",
        description="WFH Desktop: WFO/WFH roster, manual attendance and daily reports, offline.",
    )
    parser.add_argument("--version", action="version", version=f"wfh-desktop {__version__}")
    parser.add_argument("--db", metavar="FILE", help="database file (default: per-user data folder)")
    parser.add_argument("--lang", choices=("id", "en"), help="language of messages (default id)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="create a realistic demo OPD with units and staff")
    demo.add_argument("--staff", type=int, default=400, metavar="N", help="number of staff (default 400)")
    demo.add_argument("--seed", type=int, default=2020, metavar="N", help="random seed (default 2020)")
    demo.add_argument("--force", action="store_true", help="add the demo even if staff exist")

    units = sub.add_parser("units", help="the unit tree")
    usub = units.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = usub.add_parser("import", help="import units from CSV or XLSX")
    p.add_argument("file", metavar="FILE")
    p = usub.add_parser("export", help="export units to CSV or XLSX")
    p.add_argument("file", metavar="FILE")

    staff = sub.add_parser("staff", help="the staff register")
    ssub = staff.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ssub.add_parser("import", help="import staff from CSV or XLSX")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--skip-invalid", action="store_true", help="write the valid rows, skip the others")
    p.add_argument("--rejects", metavar="OUT.csv", help="where --skip-invalid saves rejected rows")
    p = ssub.add_parser("export", help="export staff to CSV or XLSX")
    p.add_argument("file", metavar="FILE")
    return parser


def _open(args):
    from .database import open_database

    return open_database(args.db)


def cmd_demo(args, out, err) -> int:
    from . import demo

    db = _open(args)
    result = demo.build_demo(db, staff=args.staff, seed=args.seed, force=args.force)
    print(t("demo OPD {name}: {units} units, {staff} staff", **result), file=out)
    return EXIT_OK


def _print_rejection(exc, err) -> None:
    for e in exc.report.errors:
        print(str(e), file=err)
    print(str(exc), file=err)


def cmd_units(args, out, err) -> int:
    from . import register

    db = _open(args)
    if args.action == "import":
        try:
            report = register.import_units(db, args.file)
        except register.ImportRejected as exc:
            _print_rejection(exc, err)
            return EXIT_REJECTED
        print(t("units: {inserted} added, {updated} updated, {unchanged} unchanged",
                inserted=report.inserted, updated=report.updated,
                unchanged=report.unchanged), file=out)
    else:
        n = register.export_units(db, args.file)
        print(t("{count} units written to {path}", count=n, path=args.file), file=out)
    return EXIT_OK


def cmd_staff(args, out, err) -> int:
    from . import register

    db = _open(args)
    if args.action == "import":
        if args.skip_invalid and not args.rejects:
            print(t("--skip-invalid needs --rejects OUT.csv"), file=err)
            return EXIT_USAGE
        try:
            report = register.import_staff(db, args.file, skip_invalid=args.skip_invalid,
                                           rejects=args.rejects)
        except register.ImportRejected as exc:
            _print_rejection(exc, err)
            return EXIT_REJECTED
        for e in report.errors:
            print(str(e), file=err)
        if report.errors:
            print(t("{count} rows rejected and saved to {path}",
                    count=len(report.rejected_rows), path=args.rejects), file=err)
        print(t("staff: {inserted} added, {updated} updated, {unchanged} unchanged",
                inserted=report.inserted, updated=report.updated,
                unchanged=report.unchanged), file=out)
    else:
        n = register.export_staff(db, args.file)
        print(t("{count} staff written to {path}", count=n, path=args.file), file=out)
    return EXIT_OK


COMMANDS = {"demo": cmd_demo, "units": cmd_units, "staff": cmd_staff}


def main(argv: list[str] | None = None, out=None, err=None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    if args.command is None:
        # The GUI is a separate layer on top of the core; it is looked up, not imported,
        # so that the core never depends on Qt.
        gui = importlib.import_module("ui.app")
        return gui.run(db_path=args.db, lang=args.lang)

    from .database import StorageError, storage_message
    from .tabular import FileError

    try:
        return COMMANDS[args.command](args, out, err)
    except FileError as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    except StorageError as exc:
        print(storage_message(exc), file=err)
        return EXIT_REJECTED


if __name__ == "__main__":
    raise SystemExit(main())
