"""The ``wfh-desktop`` command: with no command it opens the GUI, with one it works headless.

Exit codes: 0 success, 1 input rejected (nothing changed), 2 usage error.  The commands
and their output are a stable interface (see DESIGN.md, "Command-line contract").
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from . import __version__, cli_attendance, cli_reports, cli_sync, cli_users
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
    parser.add_argument("--user", metavar="NAME",
                        help="log in as NAME (password: prompt, or WFH_DESKTOP_PASSWORD)")
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

    policy = sub.add_parser("policy", help="policies (surat edaran)")
    psub = policy.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = psub.add_parser("import", help="import a surat edaran from TOML")
    p.add_argument("file", metavar="FILE.toml")
    psub.add_parser("list", help="list the stored policies and their versions")

    holidays = sub.add_parser("holidays", help="the holiday calendar")
    hsub = holidays.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = hsub.add_parser("preset", help="add the shipped national holidays of a year")
    p.add_argument("year", type=int)
    p = hsub.add_parser("list", help="list the holidays of a year")
    p.add_argument("year", type=int, nargs="?")

    absence = sub.add_parser("absence", help="leave, sickness or official travel entered beforehand")
    asub = absence.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = asub.add_parser("add", help="record an absence")
    p.add_argument("--staff", required=True, metavar="NIP_OR_NIK")
    p.add_argument("--kind", required=True, help="C, CT, CS, CB, S, DL or TB")
    p.add_argument("--from", dest="date_from", required=True, type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, type=_date, metavar="DATE")
    p.add_argument("--note", default="")

    schedule = sub.add_parser("schedule", help="the WFO/WFH roster")
    gsub = schedule.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = gsub.add_parser("generate", help="generate the roster of a policy")
    p.add_argument("--policy", required=True, metavar="NUMBER")
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    p = gsub.add_parser("export", help="export the roster to CSV or XLSX")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--from", dest="date_from", required=True, type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, type=_date, metavar="DATE")
    p.add_argument("--unit", metavar="CODE")
    p = gsub.add_parser("explain", help="why a staff member works where they work on a day")
    p.add_argument("--staff", required=True, metavar="NIP_OR_NIK")
    p.add_argument("--date", required=True, type=_date, metavar="DATE")
    p = gsub.add_parser("print", help="print the roster to PDF: per unit and week a page "
                        "with letterhead and signature")
    p.add_argument("--from", dest="date_from", required=True, type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, type=_date, metavar="DATE")
    p.add_argument("--unit", metavar="CODE", help="this unit and its sub-units (default: all)")
    p.add_argument("--paper", type=str.upper, choices=("A4", "F4"), default="A4",
                   help="paper size (default A4; F4 is 215 x 330 mm)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p = gsub.add_parser("pin", help="set an entry by hand (kept by later generations)")
    p.add_argument("--staff", required=True, metavar="NIP_OR_NIK")
    p.add_argument("--date", required=True, type=_date, metavar="DATE")
    p.add_argument("--mode", required=True, choices=("WFO", "WFH"))
    cli_attendance.add_parser(sub)
    cli_reports.add_parser(sub)
    cli_users.add_parser(sub)

    p = sub.add_parser("backup", help="copy the database to FILE (a consistent copy, also "
                       "while the window is open)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = sub.add_parser("restore", help="replace the database by a backup, after checking it "
                       "(the current database is kept in backups/ first)")
    p.add_argument("file", metavar="FILE")
    cli_sync.add_parser(sub)
    return parser


def _date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("not a date {value}; use YYYY-MM-DD, for example "
                                           "1986-09-26", value=text)) from None


def _open(args):
    """The database of the command, with ``--user`` logged in on it: opened and checked
    by :func:`main`, else opened now."""
    from .cli_users import login_from_args

    db = getattr(args, "database", None)
    if db is None:
        from .database import open_database

        db = args.database = open_database(args.db)
    if not getattr(args, "logged_in", False):
        login_from_args(db, args)
        args.logged_in = True
    return db


# Commands that only read the database (run on a damaged file, read-only, with a warning);
# every other command writes and is refused on a damaged file.
READ_ONLY_COMMANDS = {
    "units": {"export"}, "staff": {"export"}, "policy": {"list"}, "holidays": {"list"},
    "schedule": {"export", "explain", "print"},
    "attendance": {"export", "recap", "sheet", "history", "verify", "codes"},
    "report": {"export", "form", "missing", "senders"},
    "user": {"list"}, "audit": None,
    "sync": {"peers", "conflicts", "proposals"},
    "backup": None,  # None: every action
}


def writes(args) -> bool:
    """Whether the command of *args* may write to the database."""
    if args.command not in READ_ONLY_COMMANDS:
        return True
    actions = READ_ONLY_COMMANDS[args.command]
    return actions is not None and getattr(args, "action", None) not in actions


def cmd_backup(args, out, err) -> int:
    from . import backup
    from .accounts import require

    db = _open(args)
    require(db, "backup")
    try:
        path, size = backup.backup_now(db, args.output, db_path=args.db_path)
    except ValueError as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    print(t("backup written to {path} ({size})", path=path,
            size=backup.format_size(size)), file=out)
    return EXIT_OK


def _check_may_restore(path, args) -> None:
    """Once the current database has accounts, only an administrator of it may replace it.
    A damaged database cannot say who may: restoring it is what the damage calls for, and
    the damaged file is kept."""
    from . import safety
    from .accounts import require

    if path == ":memory:" or not os.path.isfile(path):
        return
    session = safety.open_checked(path, write=False, daily_backup=False)
    try:
        if not session.read_only:
            args.database = session.db
            _open(args)
            require(session.db, "restore")
    finally:
        session.db.close()
        args.database = None


def cmd_restore(args, out, err) -> int:
    from . import backup, instance
    from .paths import default_database

    path = args.db or str(default_database())
    holder = instance.owner(path)
    if holder is not None:
        print(t("{path} is open in a WFH Desktop window (process {pid} on {host}); close the "
                "window first, then restore", path=path, pid=holder.get("pid", "?"),
                host=holder.get("host", "?")), file=err)
        return EXIT_REJECTED
    _check_may_restore(path, args)
    try:
        result = backup.restore(path, args.file)
    except backup.RestoreRefused as exc:
        print(str(exc), file=err)
        print(t("nothing was changed in {path}", path=path), file=err)
        return EXIT_REJECTED
    print(t("{path} restored from {source}", path=path, source=result.source), file=out)
    if result.kept is not None:
        print(t("the database as it was is kept in {kept}", kept=result.kept), file=out)
    return EXIT_OK


def cmd_demo(args, out, err) -> int:
    from . import demo

    db = _open(args)
    try:
        result = demo.build_demo(db, staff=args.staff, seed=args.seed, force=args.force)
    except demo.DemoRefused as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
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


def cmd_policy(args, out, err) -> int:
    from . import policy as pol

    db = _open(args)
    if args.action == "import":
        try:
            result = pol.import_policy(db, args.file)
        except pol.PolicyError as exc:
            for line in exc.lines():
                print(line, file=err)
            return EXIT_REJECTED
        p = result.policy
        if result.status == "new":
            message = t("policy {number} stored (version {version})", number=p.number,
                        version=p.version)
        elif result.status == "version":
            message = t("policy {number} changed: stored as version {version}",
                        number=p.number, version=p.version)
        else:
            message = t("policy {number} unchanged (version {version})", number=p.number,
                        version=p.version)
        print(message, file=out)
    else:
        for p in pol.list_policies(db):
            print(f"{p.number}\tv{p.version}\t{p.valid_from.isoformat()}\t"
                  f"{p.valid_to.isoformat()}\t{p.title}", file=out)
    return EXIT_OK


def cmd_holidays(args, out, err) -> int:
    from . import policy as pol

    db = _open(args)
    if args.action == "preset":
        n = pol.apply_holiday_preset(db, args.year)
        if not n:
            print(t("no holiday preset for {year}; presets: {years}", year=args.year,
                    years=", ".join(map(str, pol.preset_years()))), file=err)
            return EXIT_REJECTED
        print(t("{count} holidays of {year} added to the calendar", count=n, year=args.year),
              file=out)
    else:
        for h in pol.list_holidays(db, args.year):
            print(f"{h['date']}\t{h['kind']}\t{h['name']}", file=out)
    return EXIT_OK


def _staff_or_fail(db, ident, err):
    from .explain import find_staff
    from .ids import IdError

    try:
        staff = find_staff(db, ident)
    except IdError:
        staff = None
    if staff is None:
        print(t("no staff member with NIP or NIK {value}", value=ident), file=err)
    return staff


def cmd_absence(args, out, err) -> int:
    from . import policy as pol

    db = _open(args)
    staff = _staff_or_fail(db, args.staff, err)
    if staff is None:
        return EXIT_REJECTED
    try:
        pol.add_absence(db, staff["id"], args.kind, args.date_from, args.date_to, args.note)
    except ValueError as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    print(t("absence {kind} of {name} from {start} to {end} recorded", kind=args.kind.upper(),
            name=staff["name"], start=args.date_from.isoformat(), end=args.date_to.isoformat()),
          file=out)
    return EXIT_OK


def cmd_schedule(args, out, err) -> int:
    from . import policy as pol
    from . import roster, scheduler
    from .explain import explain_entry

    db = _open(args)
    if args.action == "generate":
        policy = pol.get_policy(db, args.policy)
        if policy is None:
            print(t("no policy with number {value}", value=args.policy), file=err)
            return EXIT_REJECTED
        try:
            result = scheduler.generate(db, policy, start=args.date_from, end=args.date_to,
                                        unit_code=args.unit)
        except KeyError:
            print(t("unknown unit code {value}", value=args.unit), file=err)
            return EXIT_REJECTED
        except scheduler.OutsideOwnUnits as exc:
            print(str(exc), file=err)
            return EXIT_REJECTED
        _print_generation(result, out)
        return EXIT_OK
    if args.action == "export":
        try:
            n = roster.export_schedule(db, args.file, args.date_from, args.date_to, args.unit)
        except KeyError:
            print(t("unknown unit code {value}", value=args.unit), file=err)
            return EXIT_REJECTED
        print(t("{count} roster entries written to {path}", count=n, path=args.file), file=out)
        return EXIT_OK
    if args.action == "print":
        return _print_schedule(db, args, out, err)
    staff = _staff_or_fail(db, args.staff, err)
    if staff is None:
        return EXIT_REJECTED
    if args.action == "explain":
        print(explain_entry(db, staff, args.date), file=out)
        return EXIT_OK
    try:
        result = scheduler.pin(db, staff["id"], args.date, args.mode)
    except KeyError:
        print(t("{name} has no roster entry on {date}; generate the roster first",
                name=staff["name"], date=args.date.isoformat()), file=err)
        return EXIT_REJECTED
    print(t("{name} set to {mode} on {date} by hand", name=staff["name"], mode=args.mode,
            date=args.date.isoformat()), file=out)
    _print_generation(result, out, changes_only=True)
    return EXIT_OK


def _print_schedule(db, args, out, err) -> int:
    # reportlab and the fonts load only when printing
    from .pdf.base import PaperError
    from .pdf.roster import NothingToPrint, print_schedule

    try:
        pages = print_schedule(db, args.output, args.date_from, args.date_to, args.unit,
                               paper=args.paper)
    except KeyError:
        print(t("unknown unit code {value}", value=args.unit), file=err)
        return EXIT_REJECTED
    except (NothingToPrint, PaperError, ValueError) as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    except OSError as exc:
        print(t("cannot write the file {path}: {reason}", path=args.output,
                reason=exc.strerror or str(exc)), file=err)
        return EXIT_REJECTED
    print(t("{pages} pages written to {path}", pages=pages, path=args.output), file=out)
    return EXIT_OK


def _grouped_conflicts(conflicts):
    """Conflicts with the same unit, rules and numbers on several days as one line each:
    ``2020-03-23..2020-03-27, 2020-03-30``."""
    groups: dict[tuple, list[str]] = {}
    for c in conflicts:
        groups.setdefault((c["unit"], c["rule"], c["gave_way_to"], c["detail"]),
                          []).append(c["date"])
    out = []
    for key, dates in groups.items():
        dates.sort()
        out.append((key, ", ".join(a if a == b else f"{a}..{b}" for a, b in _runs(dates))))
    return out


def _runs(dates: list[str]):
    """Runs of dates with no other date between them (gaps over weekends stay together
    only when the dates are consecutive in the list given)."""
    import datetime as dt

    start = prev = dates[0]
    for d in dates[1:]:
        gap = (dt.date.fromisoformat(d) - dt.date.fromisoformat(prev)).days
        if gap > 3:
            yield start, prev
            start = d
        prev = d
    yield start, prev


def _print_generation(result, out, changes_only=False) -> None:
    from .explain import rule_name

    if not changes_only:
        print(t("roster of SE {number}: {days} working days, {groups} units; {inserted} added, "
                "{updated} changed, {deleted} removed, {unchanged} unchanged",
                number=result.policy.number, days=result.days, groups=result.groups,
                inserted=result.inserted, updated=result.updated, deleted=result.deleted,
                unchanged=result.unchanged), file=out)
    if result.updated or result.deleted:
        for c in result.changes:
            if c.old is not None:
                print(t("moved: {date} {name}: {old} -> {new}", date=c.date, name=c.name,
                        old=c.old, new=c.new or "-"), file=out)
    for (unit, rule, other, detail), dates in _grouped_conflicts(result.conflicts):
        print(t("conflict: {dates} unit {unit}: rule \"{rule}\" gave way to \"{other}\" "
                "({detail})", dates=dates, unit=unit, rule=rule_name(rule),
                other=rule_name(other), detail=detail), file=out)
    for b in result.breaches:
        print(t("breach: {date} {name} set to {mode} by hand breaks \"{rule}\"",
                date=b["date"], name=b["name"], mode=b["mode"], rule=rule_name(b["breach"])),
              file=out)


COMMANDS = {"demo": cmd_demo, "units": cmd_units, "staff": cmd_staff, "policy": cmd_policy,
            "holidays": cmd_holidays, "absence": cmd_absence, "schedule": cmd_schedule,
            "attendance": cli_attendance.cmd_attendance, "report": cli_reports.cmd_report,
            "user": cli_users.cmd_user, "audit": cli_users.cmd_audit,
            "backup": cmd_backup, "restore": cmd_restore,
            "site": cli_sync.cmd_site, "sync": cli_sync.cmd_sync}


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

    import sqlite3

    from .accounts import AccountError
    from .database import StorageError, storage_message
    from .safety import DatabaseDamaged
    from .tabular import FileError

    session = None
    try:
        if args.command != "restore":
            try:
                session = _open_session(args, err)
            except DatabaseDamaged as exc:
                print(exc.message("refused"), file=err)
                return EXIT_REJECTED
        return COMMANDS[args.command](args, out, err)
    except AccountError as exc:  # a refused log-in, role or account change
        print(str(exc), file=err)
        return EXIT_REJECTED
    except FileError as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    except StorageError as exc:
        print(storage_message(exc), file=err)
        return EXIT_REJECTED
    except sqlite3.DatabaseError as exc:
        if session is None or not session.read_only:
            raise
        # the damaged file opened read-only failed to give what the command needs
        print(t("{path}: the database file is damaged and cannot give what this command "
                "needs ({reason})", path=session.path, reason=str(exc)), file=err)
        return EXIT_REJECTED
    except BrokenPipeError:  # output piped into a program that stopped reading (head)
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        if session is not None:
            session.db.close()
            args.database = None


def _open_session(args, err):
    """Check and open the database before the command runs: a damaged file is refused to
    a command that writes (:class:`DatabaseDamaged`) and opened read-only for one that
    reads; warnings (network share, failed automatic backup, a window that has the
    database open) go to *err*."""
    from . import instance, safety

    write = writes(args)
    session = safety.open_checked(args.db, write=write)
    for warning in session.warnings:
        print(t("warning: {message}", message=warning), file=err)
    if write and session.path != ":memory:":
        holder = instance.owner(session.path)
        if holder is not None:
            print(t("warning: {path} is also open in a WFH Desktop window (process {pid} on "
                    "{host}); the change is saved, but the window may show the old data "
                    "until it is opened again", path=session.path, pid=holder.get("pid", "?"),
                    host=holder.get("host", "?")), file=err)
    args.database = session.db
    args.db_path = session.path
    return session


if __name__ == "__main__":
    raise SystemExit(main())
