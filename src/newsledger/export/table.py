"""A human-readable text rendering of one extraction result (``extract --format table``)."""

from __future__ import annotations

from newsledger.records import ExtractionResult


def _cut(text: str | None, n: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def result_table(result: ExtractionResult) -> str:
    a = result.article
    out = [f"Article {a.id}  published={a.published or '?'}  publisher={a.publisher or '?'}  "
           f"language={a.language}  chars={a.length}", ""]
    out.append(f"EVENTS ({len(result.events)})")
    for e in result.events:
        loc = e.location
        f = e.fatalities
        out.append(f"  {e.id:<4} {e.date.start or '?'}  {e.event_type} / {e.sub_event_type}")
        out.append(f"       actor1={e.actor1 or '-'}  actor2={e.actor2 or '-'}  "
                   f"where={loc.name or '?'} ({loc.latitude}, {loc.longitude}) p{loc.geo_precision or '?'}  "
                   f"fatalities={f.low}/{f.best}/{f.high}  claims={','.join(e.claims) or '-'}")
    out.append("")
    out.append(f"CLAIMS ({len(result.claims)})")
    for c in result.claims:
        out.append(f"  {c.id:<4} {c.qualifier:>10} {c.value!s:>7} {c.category:<9} {c.scope:<10} "
                   f"victims={_cut(c.victims, 20):<20} claimant={_cut(c.claimant, 30)} "
                   f"relay={','.join(c.relay) or '-'} event={c.event_id or '-'}")
    out.append("")
    out.append(f"STATEMENTS ({len(result.statements)})")
    for s in result.statements:
        out.append(f"  {s.id:<4} {_cut(s.speaker, 24):<24} {s.kind:<9} {'direct' if s.direct else 'reported':<8} "
                   f"{s.platform or '':<9} {s.date.isoformat() if s.date else '':<10} {_cut(s.text, 60)}")
    out.append("")
    out.append(f"VICTIMS ({len(result.victims)})")
    for v in result.victims:
        out.append(f"  {v.id:<4} {v.name}  age={v.age}  sex={v.sex}  {v.status}  event={v.event_id}")
    out.append("")
    out.append(f"PLACES ({len(result.places)})")
    for p in result.places:
        r = p.resolution
        where = f"{r.name}, {r.country} ({r.latitude:.3f}, {r.longitude:.3f})" if r else f"unresolved: {p.reason}"
        out.append(f"  {p.id:<4} {p.text:<24} {p.role:<15} {where}")
    out.append("")
    out.append(f"TIMES ({len(result.times)})")
    for t in result.times:
        out.append(f"  {t.id:<4} {t.text:<28} {t.value or '-':<12} {'' if t.resolved else 'unresolved'}")
    if result.warnings:
        out.append("")
        out.extend(f"warning: {w}" for w in result.warnings)
    return "\n".join(out)
