"""``wfh-desktop site`` and ``wfh-desktop sync identity|trust|peers``: what this
installation is, its registration file, and the peers it trusts.  Wired into
:mod:`wfh_desktop.cli` with :func:`add_parser` and :func:`cmd_site` / :func:`cmd_sync`;
same exit codes (0 success, 1 rejected and nothing changed, 2 usage).

``sync identity`` prints the fingerprint alone on the last line of its output, so that a
script can take it with ``tail -n 1``.
"""
from __future__ import annotations

from .i18n import t

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def add_parser(sub) -> None:
    site = sub.add_parser("site", help="what this installation is: the BKD or an OPD "
                          "(without options: show it)")
    site.add_argument("--role", choices=("bkd", "opd"), type=str.lower)
    site.add_argument("--unit", metavar="CODE", help="the unit code of an OPD")
    site.add_argument("--name", metavar="TEXT",
                      help="the name shown to peers (default: the unit's name, or BKD)")

    sync = sub.add_parser("sync", help="registering the BKD and the OPDs with each other")
    ssub = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ssub.add_parser("identity", help="write this installation's registration file; "
                        "prints its fingerprint last")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = ssub.add_parser("trust", help="register a peer from its registration file after "
                        "checking its fingerprint over the phone")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--fingerprint", required=True, metavar="FP",
                   help="the fingerprint the other office read out, e.g. K7QD-3MZP-A2XE-LW5N")
    ssub.add_parser("peers", help="list the registered peers")


def _print_site(site, out) -> None:
    from .sites import role_label

    print(t("site id: {value}", value=site.site_id), file=out)
    if site.role is None:
        print(t("role: not set (wfh-desktop site --role bkd|opd [--unit CODE])"), file=out)
    else:
        print(t("role: {value}", value=role_label(site.role, site.unit_code)), file=out)
    print(t("name: {value}", value=site.name or "-"), file=out)
    print(t("fingerprint: {value}", value=site.fingerprint), file=out)


def cmd_site(args, out, err) -> int:
    from . import sites
    from .cli import _open

    db = _open(args)
    if args.role is None and args.unit is None and args.name is None:
        _print_site(sites.site_info(db), out)
        return EXIT_OK
    current = sites.existing_site(db)
    role = args.role or (current and current.role)   # --unit or --name alone keep the role
    if role is None:
        print(t("--role bkd or --role opd is needed"), file=err)
        return EXIT_USAGE
    unit = args.unit
    if unit is None and role == "opd" and current is not None and current.role == "opd":
        unit = current.unit_code
    if role == "opd" and not unit:
        print(t("an OPD needs the code of its unit (--unit CODE)"), file=err)
        return EXIT_USAGE
    if role == "bkd" and unit:
        print(t("the BKD has no unit code: leave out --unit"), file=err)
        return EXIT_USAGE
    try:
        site = sites.set_site(db, role, unit, args.name)
    except sites.SiteError as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    _print_site(site, out)
    return EXIT_OK


def cmd_sync(args, out, err) -> int:
    from . import sites
    from .cli import _open

    db = _open(args)
    if args.action == "peers":
        for p in sites.list_peers(db):
            print("\t".join([p["role"], p["unit_code"] or "-", p["name"], p["fingerprint"],
                             p["site_id"], p["trusted_at"], p["trusted_by"] or "-"]),
                  file=out)
        return EXIT_OK
    if args.action == "identity":
        try:
            site = sites.write_identity(db, args.output)
        except sites.SiteError as exc:
            print(str(exc), file=err)
            return EXIT_REJECTED
        print(t("registration file of {site} written to {path}",
                site=sites.site_label(site.role, site.unit_code, site.name),
                path=args.output), file=out)
        print(t("fingerprint to read over the phone:"), file=out)
        print(site.fingerprint, file=out)
        return EXIT_OK
    try:
        result = sites.trust(db, args.file, args.fingerprint)
    except sites.SiteError as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
    p = result.peer
    label = sites.site_label(p["role"], p["unit_code"], p["name"])
    if result.status == "new":
        message = t("{peer} registered (site {site}, fingerprint {fingerprint})", peer=label,
                    site=p["site_id"], fingerprint=p["fingerprint"])
    elif result.status == "updated":
        message = t("{peer} was registered already: name and unit updated", peer=label)
    else:
        message = t("{peer} was registered already: nothing changed", peer=label)
    print(message, file=out)
    return EXIT_OK
