"""Article text cut into segments, each marked with the evidence spans that cover it, so that a
template can render the text with ``<mark>`` around the evidence (the text stays escaped)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # event (trigger or evidence), claim, claimant, victim
    label: str  # shown as the tooltip, e.g. "claim c1: 5 killed"


@dataclass
class Segment:
    text: str
    spans: list[Span] = field(default_factory=list)

    @property
    def kinds(self) -> str:
        return " ".join(sorted({f"ev-{s.kind}" for s in self.spans}))

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(s.label for s in self.spans))


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """``text`` cut at every span boundary; spans out of range or empty are left out."""
    good = list(dict.fromkeys(s for s in spans if 0 <= s.start < s.end <= len(text)))
    cuts = sorted({0, len(text), *(s.start for s in good), *(s.end for s in good)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in good if s.start <= a and b <= s.end]
        out.append(Segment(text[a:b], covering))
    return out


def event_spans(event: dict[str, Any]) -> list[Span]:
    """The evidence spans of a per-article event from :func:`get_event`: its trigger and evidence, its
    claims (and claimants) and its victims."""
    out: list[Span] = []
    for ev in event.get("evidence") or []:
        out.append(Span(ev["start"], ev["end"], "event",
                        f"event {event.get('local_id', '')}: {event.get('event_type', '')}"))
    for c in event.get("claims") or []:
        what = f"{c.get('value') if c.get('value') is not None else '?'} {c.get('category') or ''}".strip()
        if c.get("evidence_start") is not None and c.get("evidence_end") is not None:
            out.append(Span(c["evidence_start"], c["evidence_end"], "claim", f"claim {c['local_id']}: {what}"))
        if c.get("claimant_start") is not None and c.get("claimant_end") is not None:
            out.append(Span(c["claimant_start"], c["claimant_end"], "claimant",
                            f"claimant of {c['local_id']}: {c.get('claimant') or ''}"))
    for v in event.get("victims") or []:
        if v.get("evidence_start") is not None and v.get("evidence_end") is not None:
            out.append(Span(v["evidence_start"], v["evidence_end"], "victim", f"victim {v['local_id']}: {v['name']}"))
    return out


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None: article URLs are untrusted (``javascript:``)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
