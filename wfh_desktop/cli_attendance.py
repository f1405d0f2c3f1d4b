"""``wfh-desktop attendance ...``: import, export, lock, close, recap, sheet, correct,
history, verify, codes and code (add or change a code).  Wired into :mod:`wfh_desktop.cli`
with :func:`add_parser` and :func:`cmd_attendance`; same exit codes (0 success, 1 rejected
and nothing changed, 2 usage).
"""
from __future__ import annotations

import argparse

from .cli_users import by_of
from .i18n import t

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2



def _month(value: str) -> str:
    from .recap import parse_month

    try:
        parse_month(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


CATEGORY_CHOICES = ("status", "off", "late", "early")
UNSET = object()
# the option of each field of an attendance code, for the core's messages
CODE_OPTIONS = {"code": "CODE", "meaning": "--meaning", "category": "--category",
                "present": "--present", "onsite": "--onsite", "band_from": "--from-minutes",
                "band_to": "--to-minutes", "cut_percent": "--cut-percent"}


def _upper_limit(value: str):
    """``--to-minutes``: a number of minutes, or ``none`` for a band without an upper
    limit."""
    if value.strip().lower() in ("none", "-", ""):
        return None
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            t("not a number of minutes: {value}", value=value)) from None


def add_parser(sub) -> None:
    from .cli import _date

    att = sub.add_parser("attendance", help="manual attendance: import, lock, recap")
    asub = att.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = asub.add_parser("import", help="import attendance from CSV or XLSX (all rows or none)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--by", default=None, metavar="NAME", help="who keyed it (default: login)")
    p.add_argument("--source", default="paper",
                   help="source of rows without one: paper, whatsapp, video, manual")

    p = asub.add_parser("export", help="export attendance to CSV or XLSX")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--from", dest="date_from", required=True, type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, type=_date, metavar="DATE")
    p.add_argument("--unit", metavar="CODE")

    p = asub.add_parser("lock", help="lock a unit's day (with its sub-units)")
    p.add_argument("--date", required=True, type=_date, metavar="DATE")
    p.add_argument("--unit", required=True, metavar="CODE")
    p.add_argument("--by", default=None, metavar="NAME", help="who locks it (default: login)")

    p = asub.add_parser("close", help="close a unit's month (with its sub-units)")
    p.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    p.add_argument("--unit", required=True, metavar="CODE")
    p.add_argument("--by", default=None, metavar="NAME", help="who closes it (default: login)")

    p = asub.add_parser("recap", help="monthly recap as PDF, XLSX or CSV")
    p.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--paper", type=str.upper, choices=("A4", "F4"), default="A4",
                   help="paper of the PDF, landscape (default A4; F4 is 215 x 330 mm)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = asub.add_parser("sheet", help="print attendance sheets to PDF: per unit the day's "
                        "sheet to sign, or the blank month of one staff member")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--date", type=_date, metavar="DATE", help="the day's sheet of each unit")
    which.add_argument("--month", type=_month, metavar="YYYY-MM",
                       help="a blank monthly sheet of the staff member given with --staff")
    p.add_argument("--unit", metavar="CODE",
                   help="with --date: this unit and its sub-units (default: every unit)")
    p.add_argument("--staff", metavar="NIP_OR_NIK", help="with --month: whose sheet")
    p.add_argument("--paper", type=str.upper, choices=("A4", "F4"), default="A4",
                   help="paper size (default A4; F4 is 215 x 330 mm)")
    p.add_argument("--landscape", action="store_true", help="landscape instead of portrait")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    p = asub.add_parser("correct", help="correct an entry (also on a locked day), with a reason")
    p.add_argument("--staff", required=True, metavar="NIP_OR_NIK")
    p.add_argument("--date", required=True, type=_date, metavar="DATE")
    p.add_argument("--status", required=True, metavar="CODE")
    p.add_argument("--in", dest="time_in", metavar="HH:MM")
    p.add_argument("--out", dest="time_out", metavar="HH:MM")
    p.add_argument("--reason", required=True)
    p.add_argument("--by", default=None, metavar="NAME",
                   help="who corrects it (default: the account, or login)")
    p.add_argument("--source", default="manual")
    p.add_argument("--note", default="")

    p = asub.add_parser("history", help="every version of a staff member's entry on a day")
    p.add_argument("--staff", required=True, metavar="NIP_OR_NIK")
    p.add_argument("--date", required=True, type=_date, metavar="DATE")

    p = asub.add_parser("verify", help="check the fingerprint printed on a recap")
    p.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    p.add_argument("--unit", required=True, metavar="CODE")
    p.add_argument("--fingerprint", required=True, metavar="FP")

    asub.add_parser("codes", help="list the attendance codes")

    p = asub.add_parser("code", help="add or change an attendance code (never deleted: "
                        "--deactivate stops it being keyed)")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--meaning", metavar="TEXT", help="required for a new code")
    p.add_argument("--category", choices=CATEGORY_CHOICES,
                   help="status (default of a new code), off (a day off), late or early "
                        "(a band of minutes)")
    flag = p.add_mutually_exclusive_group()
    flag.add_argument("--present", dest="present", action="store_true", default=None,
                      help="counts as present in the recap (status codes)")
    flag.add_argument("--not-present", dest="present", action="store_false")
    flag = p.add_mutually_exclusive_group()
    flag.add_argument("--onsite", dest="onsite", action="store_true", default=None,
                      help="counts on site, against the cap (status codes that count as "
                           "present)")
    flag.add_argument("--not-onsite", dest="onsite", action="store_false")
    p.add_argument("--from-minutes", type=int, metavar="N",
                   help="late or early: the band starts at N minutes")
    p.add_argument("--to-minutes", type=_upper_limit, default=UNSET, metavar="N",
                   help="late or early: the band ends at N minutes ('none': no upper limit)")
    p.add_argument("--cut-percent", type=float, metavar="P",
                   help="late or early: the allowance cut of the band, for information")
    flag = p.add_mutually_exclusive_group()
    flag.add_argument("--deactivate", dest="active", action="store_false", default=None,
                      help="stop the code being keyed; entries keyed with it stay")
    flag.add_argument("--activate", dest="active", action="store_true")


def _print_entry_errors(exc, err) -> None:
    for e in exc.errors:
        print(f"{e.column}: {e.message}", file=err)


def _cannot_write(args, exc, err) -> int:
    print(t("cannot write the file {path}: {reason}", path=args.output,
            reason=exc.strerror or str(exc)), file=err)
    return EXIT_REJECTED


def _print_sheet(db, args, out, err) -> int:
    # reportlab and the fonts load only when printing
    from .cli import _staff_or_fail
    from .pdf.attendance_sheet import print_month_sheet, print_sheets
    from .pdf.base import PaperError
    from .pdf.roster import NothingToPrint

    if args.month and not args.staff:
        print(t("--month needs --staff NIP_OR_NIK"), file=err)
        return EXIT_USAGE
    if (args.date and args.staff) or (args.month and args.unit):
        print(t("--staff goes with --month, --unit with --date"), file=err)
        return EXIT_USAGE
    try:
        if args.date:
            pages = print_sheets(db, args.output, args.date, args.unit, paper=args.paper,
                                 landscape=args.landscape)
        else:
            staff = _staff_or_fail(db, args.staff, err)
            if staff is None:
                return EXIT_REJECTED
            pages = print_month_sheet(db, args.output, args.month, staff["id"],
                                      paper=args.paper, landscape=args.landscape)
    except KeyError:
        print(t("unknown unit code {value}", value=args.unit), file=err)
        return EXIT_REJECTED
    except (NothingToPrint, PaperError, ValueError) as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    except OSError as exc:
        return _cannot_write(args, exc, err)
    print(t("{pages} pages written to {path}", pages=pages, path=args.output), file=out)
    return EXIT_OK


def _print_recap(db, args, out, err) -> int:
    from .pdf.base import PaperError
    from .pdf.recap import print_recap
    from .pdf.roster import NothingToPrint

    try:
        pages = print_recap(db, args.output, args.month, args.unit, paper=args.paper)
    except KeyError:
        print(t("unknown unit code {value}", value=args.unit), file=err)
        return EXIT_REJECTED
    except (NothingToPrint, PaperError, ValueError) as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    except OSError as exc:
        return _cannot_write(args, exc, err)
    print(t("{pages} pages written to {path}", pages=pages, path=args.output), file=out)
    return EXIT_OK


def _code_line(c) -> str:
    flags = []
    if c.present:
        flags.append(t("present"))
    if c.onsite:
        flags.append(t("on site"))
    if c.band_from is not None:
        flags.append(f"{c.band_from}-{c.band_to if c.band_to is not None else ''}")
    if not c.active:
        flags.append(t("inactive"))
    return f"{c.code}\t{c.category}\t{c.meaning}\t{', '.join(flags)}"


def _save_code(db, args, out, err) -> int:
    """``attendance code``: a new code, or a change of the options given (the rest of an
    existing code stays as it is)."""
    from . import attendance as att
    from .staff import InvalidRecord

    old = {c.code: c for c in att.list_codes(db)}.get(args.code.strip().upper())

    def given(value, current, default):
        if value is not None:
            return value
        return current if old is not None else default

    category = given(args.category, old and old.category, "status")
    values = {
        "category": category,
        "present": given(args.present, old and old.present, False),
        "onsite": given(args.onsite, old and old.onsite, False),
        "band_from": given(args.from_minutes, old and old.band_from, None),
        "band_to": (args.to_minutes if args.to_minutes is not UNSET
                    else old.band_to if old is not None else None),
        "cut_percent": given(args.cut_percent, old and old.cut_percent, 0.0),
        "position": old.position if old is not None else None,
        "active": given(args.active, old and old.active, True),
    }
    meaning = args.meaning if args.meaning is not None else (old.meaning if old else "")
    try:
        saved = att.save_code(db, args.code, meaning, **values)
    except InvalidRecord as exc:
        for e in exc.errors:
            print(f"{CODE_OPTIONS.get(e.column, e.column)}: {e.message}", file=err)
        return EXIT_REJECTED
    message = t("attendance code {code} added", code=saved.code) if old is None else \
        t("attendance code {code} changed", code=saved.code)
    print(message, file=out)
    print(_code_line(saved), file=out)
    return EXIT_OK


def cmd_attendance(args, out, err) -> int:
    from . import attendance as att
    from . import recap as rec
    from .cli import _open, _print_rejection, _staff_or_fail
    from .register import ImportRejected
    from .staff import InvalidRecord

    db = _open(args)
    action = args.action
    if action == "import":
        try:
            report = att.import_attendance(db, args.file, by=by_of(db, args),
                                           source=args.source)
        except ImportRejected as exc:
            _print_rejection(exc, err)
            return EXIT_REJECTED
        print(t("attendance: {inserted} added, {updated} changed, {unchanged} unchanged",
                inserted=report.inserted, updated=report.updated,
                unchanged=report.unchanged), file=out)
        return EXIT_OK
    if action == "export":
        try:
            n = att.export_attendance(db, args.file, args.date_from, args.date_to, args.unit)
        except KeyError:
            print(t("unknown unit code {value}", value=args.unit), file=err)
            return EXIT_REJECTED
        print(t("{count} attendance entries written to {path}", count=n, path=args.file),
              file=out)
        return EXIT_OK
    if action == "lock":
        try:
            result = att.lock_day(db, args.unit, args.date, by=by_of(db, args))
        except KeyError:
            print(t("unknown unit code {value}", value=args.unit), file=err)
            return EXIT_REJECTED
        if result.locked:
            print(t("{date} locked for {units}", date=args.date.isoformat(),
                    units=", ".join(result.locked)), file=out)
        if result.already:
            print(t("{date} was already locked for {units}", date=args.date.isoformat(),
                    units=", ".join(result.already)), file=out)
        if result.missing:
            print(t("{count} staff have no entry on {date}; only a correction can add one now",
                    count=len(result.missing), date=args.date.isoformat()), file=out)
        return EXIT_OK
    if action == "close":
        try:
            result = att.close_month(db, args.unit, args.month, by=by_of(db, args))
        except KeyError:
            print(t("unknown unit code {value}", value=args.unit), file=err)
            return EXIT_REJECTED
        for code, fp in result.closed.items():
            print(t("{month} closed for {unit}: fingerprint {fingerprint}", month=args.month,
                    unit=code, fingerprint=fp), file=out)
        for code, fp in result.already.items():
            print(t("{month} was already closed for {unit}: fingerprint at closing "
                    "{fingerprint}", month=args.month, unit=code, fingerprint=fp), file=out)
        return EXIT_OK
    if action == "sheet":
        return _print_sheet(db, args, out, err)
    if action == "recap":
        if args.output.lower().endswith(".pdf"):
            return _print_recap(db, args, out, err)
        try:
            recap = rec.recap_data(db, args.month, args.unit)
        except KeyError:
            print(t("unknown unit code {value}", value=args.unit), file=err)
            return EXIT_REJECTED
        rec.write_recap(recap, args.output)
        print(t("recap of {month}: {units} units, {staff} staff written to {path}",
                month=args.month, units=len(recap.units),
                staff=sum(len(u.rows) for u in recap.units), path=args.output), file=out)
        for u in recap.units:
            if u.closed:
                print(f"{u.unit_code}\t{rec.fingerprint_line(u)}", file=out)
        return EXIT_OK
    if action == "codes":
        for c in att.list_codes(db):
            print(_code_line(c), file=out)
        return EXIT_OK
    if action == "code":
        return _save_code(db, args, out, err)
    if action == "verify":
        try:
            check = rec.check_fingerprint(db, args.unit, args.month, args.fingerprint)
        except KeyError:
            print(t("unknown unit code {value}", value=args.unit), file=err)
            return EXIT_REJECTED
        if check.matches:
            print(t("fingerprint {fingerprint} matches the data of {unit} for {month}",
                    fingerprint=check.given, unit=check.unit_code, month=args.month), file=out)
            return EXIT_OK
        print(t("fingerprint {fingerprint} does not match the data of {unit} for {month} "
                "(now {current}; at closing {closed})", fingerprint=check.given,
                unit=check.unit_code, month=args.month, current=check.current,
                closed=check.at_close or "-"), file=err)
        return EXIT_REJECTED

    staff = _staff_or_fail(db, args.staff, err)
    if staff is None:
        return EXIT_REJECTED
    if action == "correct":
        try:
            entry = att.correct_entry(db, staff["id"], args.date, args.status, args.time_in,
                                      args.time_out, reason=args.reason, by=by_of(db, args),
                                      source=args.source, note=args.note)
        except InvalidRecord as exc:
            _print_entry_errors(exc, err)
            return EXIT_REJECTED
        print(t("{name} on {date} corrected to {status} by {who}: {reason}",
                name=staff["name"], date=args.date.isoformat(), status=entry["status"],
                who=entry["keyed_by"], reason=entry["reason"]), file=out)
        return EXIT_OK
    # history
    for v in att.entry_history(db, staff["id"], args.date):
        mark = "*" if v["current"] else " "
        times = f"{v['time_in'] or '--:--'}-{v['time_out'] or '--:--'}"
        kind = t("correction") if v["kind"] == "correction" else t("keyed")
        line = f"{mark} {v['keyed_at']}\t{kind}\t{v['status']}\t{times}\t{v['source']}\t" \
               f"{v['keyed_by']}"
        if v["reason"]:
            line += f"\t{v['reason']}"
        print(line, file=out)
    return EXIT_OK
