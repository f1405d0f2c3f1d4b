"""``wfh-desktop report ...``: add, import, export, form, missing, verdict, and the review
list of unknown senders (senders, assign, ignore).  Wired into :mod:`wfh_desktop.cli` with
:func:`add_parser` and :func:`cmd_report`; same exit codes (0 success, 1 rejected and
nothing changed, 2 usage).
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from .cli_users import by_of
from .i18n import t

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2



def _month(value: str) -> str:
    from .reports import month_of

    try:
        month_of(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def add_parser(sub) -> None:
    from .cli import _date

    rep = sub.add_parser("report", help="daily work reports: add, import, verify, print")
    rsub = rep.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = rsub.add_parser("add", help="add a report typed in (from paper or a message)")
    p.add_argument("--staff", required=True, metavar="NIP_OR_NIK")
    p.add_argument("--date", required=True, type=_date, metavar="DATE")
    p.add_argument("--text", required=True, help="the report; numbered or bulleted lines "
                   "become activities")
    p.add_argument("--channel", default="paper", help="whatsapp, email, paper (default) or other")

    p = rsub.add_parser("import", help="import a WhatsApp chat export (.txt, .zip), an .eml "
                        "message or an .mbox mailbox")
    p.add_argument("file", metavar="FILE")

    p = rsub.add_parser("export", help="export reports to CSV or XLSX")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--from", dest="date_from", required=True, type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, type=_date, metavar="DATE")
    p.add_argument("--unit", metavar="CODE", help="this unit and its sub-units")

    p = rsub.add_parser("form", help="print the LAPORAN KINERJA HARIAN form (or a weekly or "
                        "monthly report) to PDF")
    p.add_argument("--staff", required=True, metavar="NIP_OR_NIK")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", type=_date, metavar="DATE", help="the daily form of this day")
    when.add_argument("--week", type=_date, metavar="DATE", help="the week holding this day")
    when.add_argument("--month", type=_month, metavar="YYYY-MM")
    p.add_argument("--blank", action="store_true", help="empty rows to fill in by hand "
                   "(daily form)")
    p.add_argument("--paper", type=str.upper, choices=("A4", "F4"), default="A4",
                   help="paper size (default A4; F4 is 215 x 330 mm)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    p = rsub.add_parser("missing", help="staff working from home who sent no report")
    p.add_argument("--date", required=True, type=_date, metavar="DATE")
    p.add_argument("--unit", metavar="CODE", help="this unit and its sub-units")
    p.add_argument("--reminders", action="store_true",
                   help="print the reminder text for each person")

    p = rsub.add_parser("verdict", help="accept or return a report")
    p.add_argument("--staff", required=True, metavar="NIP_OR_NIK")
    p.add_argument("--date", required=True, type=_date, metavar="DATE")
    verdict = p.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--accept", dest="verdict", action="store_const", const="accepted")
    verdict.add_argument("--return", dest="verdict", action="store_const", const="returned")
    p.add_argument("--note", default="", help="required with --return: what to fix")
    p.add_argument("--by", default=None, metavar="NAME", help="who verified (default: login)")

    rsub.add_parser("senders", help="senders of imported messages nobody could match")

    p = rsub.add_parser("assign", help="say who a sender is (remembered for later imports)")
    p.add_argument("--sender", required=True, metavar="KEY", help="as listed by report senders")
    p.add_argument("--staff", required=True, metavar="NIP_OR_NIK")

    p = rsub.add_parser("ignore", help="set a sender aside (not a staff member)")
    p.add_argument("--sender", required=True, metavar="KEY", help="as listed by report senders")


def _write_pdf(path: str, data: bytes) -> None:
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _unknown_unit(value, err) -> int:
    print(t("unknown unit code {value}", value=value), file=err)
    return EXIT_REJECTED


def cmd_report(args, out, err) -> int:
    from . import reports as rep
    from .cli import _open, _staff_or_fail

    db = _open(args)
    action = args.action
    if action == "import":
        return _import(db, args, out, err)
    if action == "export":
        try:
            n = rep.export_reports(db, args.file, args.date_from, args.date_to, args.unit)
        except KeyError:
            return _unknown_unit(args.unit, err)
        print(t("{count} reports written to {path}", count=n, path=args.file), file=out)
        return EXIT_OK
    if action == "missing":
        return _missing(db, args, out, err)
    if action == "senders":
        for s in rep.review_list(db):
            names = ", ".join(f"{c['name']} ({c['nip'] or c['nik'] or c['unit_code']})"
                              for c in s.candidates)
            print(f"{s.sender_key}\t{s.label}\t{s.pending}\t{s.first_seen}\t{s.reason}"
                  + (f"\t{names}" if names else ""), file=out)
        return EXIT_OK
    if action == "ignore":
        n = rep.ignore_sender(db, args.sender, by=by_of(db))
        print(t("sender {sender} set aside: {count} messages", sender=args.sender, count=n),
              file=out)
        return EXIT_OK

    staff = _staff_or_fail(db, args.staff, err)
    if staff is None:
        return EXIT_REJECTED
    if action == "assign":
        result = rep.assign_sender(db, args.sender, staff["id"], by=by_of(db))
        print(t("sender {sender} is {name}: {count} messages filed, {created} reports "
                "created, {extended} extended", sender=args.sender, name=staff["name"],
                count=result.filed, created=result.created, extended=result.extended),
              file=out)
        return EXIT_OK
    if action == "add":
        try:
            report, changed = rep.add_report(db, staff["id"], args.date, args.text,
                                             args.channel)
        except rep.ReportError as exc:
            print(str(exc), file=err)
            return EXIT_REJECTED
        if changed:
            print(t("report of {name} on {date}: {items} activities ({channel})",
                    name=staff["name"], date=args.date.isoformat(), items=len(report.items),
                    channel=report.channel), file=out)
        else:
            print(t("this report of {name} on {date} was already recorded",
                    name=staff["name"], date=args.date.isoformat()), file=out)
        return EXIT_OK
    if action == "verdict":
        report = rep.report_for(db, staff["id"], args.date)
        if report is None:
            print(t("{name} has no report on {date}", name=staff["name"],
                    date=args.date.isoformat()), file=err)
            return EXIT_REJECTED
        try:
            report = rep.review_report(db, report.id, args.verdict, args.note,
                                       by=by_of(db, args))
        except rep.ReportError as exc:
            print(str(exc), file=err)
            return EXIT_REJECTED
        message = (t("report of {name} on {date} accepted", name=staff["name"],
                     date=args.date.isoformat()) if report.verdict == "accepted" else
                   t("report of {name} on {date} returned: {note}", name=staff["name"],
                     date=args.date.isoformat(), note=report.note))
        print(message, file=out)
        return EXIT_OK
    return _form(db, staff, args, out, err)


def _import(db, args, out, err) -> int:
    from . import reports as rep

    result = rep.import_reports(db, args.file)
    print(t("{path}: {messages} messages, {duplicates} already imported; {filed} filed in "
            "reports ({created} new, {extended} extended), {pending} waiting for review",
            path=args.file, messages=result.messages, duplicates=result.duplicates,
            filed=result.filed, created=result.created, extended=result.extended,
            pending=result.pending), file=out)
    if result.ignored:
        print(t("{count} messages of senders set aside", count=result.ignored), file=out)
    if result.senders:
        waiting = {s.sender_key: s for s in rep.review_list(db)}
        for key in result.senders:
            s = waiting.get(key)
            if s is not None:
                print(t("unknown sender {label} ({key}): {count} messages waiting",
                        label=s.label, key=key, count=s.pending), file=out)
    return EXIT_OK


def _missing(db, args, out, err) -> int:
    from . import reports as rep

    try:
        missing = rep.missing_reports(db, args.date, args.unit)
    except KeyError:
        return _unknown_unit(args.unit, err)
    for p in missing.people:
        print(f"{p.nip or p.nik or '-'}\t{p.name}\t{p.unit_code}\t{p.phone or '-'}", file=out)
        if args.reminders:
            print("\t" + p.reminder.replace("\n", " "), file=out)
    print(t("{missing} of {expected} staff working from home sent no report on {date}",
            missing=len(missing.people), expected=missing.expected,
            date=args.date.isoformat()), file=out)
    return EXIT_OK


def _form(db, staff, args, out, err) -> int:
    from . import reports as rep
    from .pdf.base import PaperError
    from .pdf.report_form import render_daily, render_period

    if args.blank and args.date is None:
        print(t("--blank goes with --date"), file=err)
        return EXIT_USAGE
    try:
        if args.date is not None:
            data, pages = render_daily(rep.daily_sheet(db, staff["id"], args.date,
                                                       blank=args.blank), db, paper=args.paper)
        else:
            if args.week is not None:
                start, end = rep.week_of(args.week)
                kind = "week"
            else:
                start, end = rep.month_of(args.month)
                kind = "month"
            data, pages = render_period(rep.period_sheet(db, staff["id"], start, end, kind),
                                        db, paper=args.paper)
    except PaperError as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    try:
        _write_pdf(args.output, data)
    except OSError as exc:
        print(t("cannot write the file {path}: {reason}", path=args.output,
                reason=exc.strerror or str(exc)), file=err)
        return EXIT_REJECTED
    print(t("{pages} pages written to {path}", pages=pages, path=args.output), file=out)
    return EXIT_OK
