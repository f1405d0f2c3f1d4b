"""``wfh-desktop site`` and ``wfh-desktop sync identity|trust|peers|export|import|
conflicts|resolve|proposals|accept|reject``: what this installation is, its registration file,
the peers it trusts, and the sync files exchanged with them.  Wired into
:mod:`wfh_desktop.cli` with :func:`add_parser` and :func:`cmd_site` / :func:`cmd_sync`;
same exit codes (0 success, 1 rejected and nothing changed, 2 usage).

``sync identity`` prints the fingerprint alone on the last line of its output, so that a
script can take it with ``tail -n 1``.

``sync export`` prints ``N changes written to FILE (for PEER)`` and then one
``kind<TAB>count`` line per kind.  ``sync import`` prints ``FILE: from PEER: A applied,
S already here, R refused, P proposals, C new conflicts``, one ``kind<TAB>count`` line per
kind applied and one ``refused: kind key: reason`` line per refused change; clock-skew
warnings go to stderr.  ``sync conflicts`` prints ``id, kind, key, field, shown value,
other value`` and ``sync proposals`` ``id, kind, key, op, origin, account, received``,
tab-separated.
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
    p = ssub.add_parser("export", help="write a sync file with what a peer does not have "
                        "yet (or everything)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--for", dest="peer", metavar="PEER",
                   help="the peer: its site id, unit code or name (default: everything)")
    p = ssub.add_parser("import", help="check and apply a sync file from a registered peer")
    p.add_argument("file", metavar="FILE")
    ssub.add_parser("conflicts", help="list the open conflicts")
    p = ssub.add_parser("resolve", help="close a conflict, keeping one of the two values")
    p.add_argument("id", metavar="ID")
    p.add_argument("--keep", required=True, choices=("winner", "other"))
    ssub.add_parser("proposals", help="list the changes of BKD data proposed by OPDs")
    p = ssub.add_parser("accept", help="make a proposal a change of the BKD")
    p.add_argument("id", metavar="ID")
    p = ssub.add_parser("reject", help="close a proposal without changing the BKD's data")
    p.add_argument("id", metavar="ID")


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
    if args.action in ("export", "import", "conflicts", "resolve", "proposals", "accept",
                       "reject"):
        return _cmd_exchange(db, args, out, err)
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


def _value(text) -> str:
    import json

    value = json.loads(text) if text is not None else None
    return "-" if value is None else str(value)


def _cmd_exchange(db, args, out, err) -> int:
    from . import sync
    from .accounts import AccountError

    try:
        if args.action == "export":
            result = sync.export(db, args.output, args.peer)
            peer = result.peer
            target = (t("for {peer}", peer=peer["name"] or peer["site_id"]) if peer
                      else t("with every change"))
            print(t("{count} changes written to {path} ({target})", count=result.total,
                    path=args.output, target=target), file=out)
            for kind in sorted(result.counts):
                print(f"{kind}\t{result.counts[kind]}", file=out)
            return EXIT_OK
        if args.action == "import":
            result = sync.import_file(db, args.file)
            for warning in result.warnings:
                print(t("warning: {text}", text=warning), file=err)
            print(t("{path}: from {peer}: {applied} applied, {skipped} already here, "
                    "{refused} refused, {proposals} proposals, {conflicts} new conflicts",
                    path=args.file, peer=result.sender, applied=result.applied,
                    skipped=result.skipped, refused=len(result.refused),
                    proposals=result.proposals, conflicts=result.conflicts), file=out)
            for kind in sorted(result.counts):
                print(f"{kind}\t{result.counts[kind]}", file=out)
            for r in result.refused:
                print(t("refused: {kind} {key}: {reason}", kind=r.kind, key=r.key,
                        reason=r.reason), file=out)
            return EXIT_OK
        if args.action == "conflicts":
            for c in sync.conflicts(db):
                print("\t".join([c["id"], c["kind"], c["key"], c["field"],
                                 _value(c["winner_value"]), _value(c["other_value"])]),
                      file=out)
            return EXIT_OK
        if args.action == "resolve":
            row = sync.resolve(db, args.id, args.keep)
            kept = row["winner_value"] if args.keep == "winner" else row["other_value"]
            print(t("conflict {id} resolved: {field} = {value}", id=row["id"],
                    field=row["field"], value=_value(kept)), file=out)
            return EXIT_OK
        if args.action == "proposals":
            for p in sync.proposals(db):
                print("\t".join([p["id"], p["kind"], p["key"], p["op"],
                                 sync.origin_label(db, p["origin"]), p["account"] or "-",
                                 p["received_at"]]), file=out)
            return EXIT_OK
        if args.action == "reject":
            row = sync.reject(db, args.id)
            print(t("proposal {id} rejected: {kind} {key}", id=row["id"], kind=row["kind"],
                    key=row["key"]), file=out)
            return EXIT_OK
        row = sync.accept(db, args.id)
        print(t("proposal {id} accepted: {kind} {key}", id=row["id"], kind=row["kind"],
                key=row["key"]), file=out)
        return EXIT_OK
    except (sync.SyncError, AccountError) as exc:
        print(str(exc), file=err)
        return EXIT_REJECTED
