"""B-cubed precision, recall and F1 of the merge of reports into canonical events, on the hand-written
clusters of ``benchmarks/merge_clusters/*.json``.

The per-article events are built in code from the annotated fields of each report (this does not run
the spaCy pipeline), so the figure measures the merge alone.  Usage::

    python benchmarks/bench_merge.py [--threshold 0.6] [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from newsledger.resolve.merge import (
    DEFAULT_THRESHOLD,
    ClaimFigure,
    Report,
    cluster_reports,
    fatalities_from_claims,
)

CLUSTERS = Path(__file__).parent / "merge_clusters"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_scenario(path: Path) -> tuple[list[Report], dict[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    reports, gold = [], {}
    for r in data["reports"]:
        rid = f"{path.stem}/{r['id']}"
        claims = [ClaimFigure(id=f"{rid}:c{n}", value=c["value"], scope=c.get("scope", "incident"),
                              qualifier=c.get("qualifier", "exact"), date=_date(c.get("date")))
                  for n, c in enumerate(r.get("claims", []), start=1)]
        incident = [c.value for c in claims if c.scope == "incident" and c.value is not None]
        reports.append(Report(
            id=rid, article_id=rid, event_type=r["event_type"], sub_event_type=r.get("sub_event_type"),
            actor1=r.get("actor1"), actor2=r.get("actor2"), country=r.get("country"), location=r.get("location"),
            latitude=r.get("lat"), longitude=r.get("lon"), geo_precision=r.get("geo_precision"),
            date_start=_date(r.get("date")), date_end=_date(r.get("date")), published=_date(r.get("published")),
            fatalities=max(incident) if incident else None, text=r["text"], claims=claims))
        gold[rid] = f"{path.stem}/{r['gold']}"
    return reports, gold


def b_cubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of a clustering against gold labels."""
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item, label in predicted.items():
        by_pred.setdefault(label, set()).add(item)
    for item, label in gold.items():
        by_gold.setdefault(label, set()).add(item)
    items = list(gold)
    p = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_pred[predicted[i]]) for i in items) / len(items)
    r = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items) / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--pipeline", action="store_true",
                        help="extract the per-article events from the report texts with the real pipeline "
                             "instead of using the hand-annotated fields")
    parser.add_argument("--clusters", type=Path, default=CLUSTERS,
                        help="folder of scenario files (default: merge_clusters; merge_clusters_heldout is held out)")
    parser.add_argument("--scale", type=int, default=0, metavar="N",
                        help="also time the merge of N synthetic reports (90 days, 200 towns)")
    args = parser.parse_args(argv)
    predicted: dict[str, str] = {}
    gold: dict[str, str] = {}
    t0 = time.perf_counter()
    n_clusters = 0
    for path in sorted(args.clusters.glob("*.json")):
        reports, g = load_scenario(path)
        gold.update(g)
        if args.pipeline:
            reports = pipeline_reports(path)
        clusters = cluster_reports(reports, threshold=args.threshold)
        n_clusters += len(clusters)
        by_id = {r.id: r for r in reports}
        first_event: dict[str, tuple[str, str]] = {}  # article -> (its first event id, that event's cluster)
        for n, cluster in enumerate(clusters):
            for m in cluster.members:
                article, _, event = m.partition(":")
                key = (event.zfill(8) if event else "", f"{path.stem}#{n}")
                if article not in first_event or key < first_event[article]:
                    first_event[article] = key
        for article, (_, label) in first_event.items():
            predicted[article] = label  # an article's first event (e1) decides its cluster
        for cluster in clusters if args.verbose else []:
            low, best, high = fatalities_from_claims(
                [c for m in cluster.members for c in by_id[m].claims],
                {c.id: by_id[m].published for m in cluster.members for c in by_id[m].claims})
            print(f"{path.stem}: {[m.split('/')[1] for m in cluster.members]} fatalities {low}/{best}/{high}")
            for link in cluster.links:
                if link.linked_to:
                    print(f"    {link.event_id.split('/')[1]} ~ {link.linked_to.split('/')[1]}: {link.reason}")
    elapsed = time.perf_counter() - t0
    for item in gold:  # an article the pipeline found no event in is a cluster of its own
        predicted.setdefault(item, f"none#{item}")
    p, r, f = b_cubed(predicted, gold)
    n_gold = len(set(gold.values()))
    print(f"reports={len(gold)} gold_clusters={n_gold} predicted_clusters={n_clusters} threshold={args.threshold}")
    print(f"B-cubed precision={p:.3f} recall={r:.3f} F1={f:.3f}  ({elapsed * 1000:.0f} ms)")
    if args.scale:
        time_scale(args.scale, args.threshold)
    return 0


def pipeline_reports(path: Path) -> list[Report]:
    """The per-article events the real pipeline extracts from the report texts of a scenario.  The scenarios'
    invented towns and armed groups are given to the pipeline as a user would add local knowledge: a user
    gazetteer and a user actor alias file (merge_clusters/gazetteer.csv, merge_clusters/actors.tsv)."""
    here = path.parent
    os.environ["NEWSLEDGER_GAZETTEER"] = str(here / "gazetteer.csv")
    os.environ["NEWSLEDGER_ACTOR_ALIASES"] = str(here / "actors.tsv")
    from newsledger.extract import extract_records
    from newsledger.records import ExtractionResult

    data = json.loads(path.read_text(encoding="utf-8"))
    records = [{"id": f"{path.stem}/{r['id']}", "text": r["text"], "published": r["published"],
                "publisher": r["publisher"]} for r in data["reports"]]
    reports = []
    for result in extract_records(records):
        if not isinstance(result, ExtractionResult):
            continue
        rid = result.id or ""
        for e in result.events:
            claims = [ClaimFigure(id=f"{rid}:{c.id}", value=c.value, low=c.low, high=c.high, category=c.category,
                                  scope=c.scope, qualifier=c.qualifier, date=c.date)
                      for c in result.claims if c.event_id == e.id]
            loc = e.location
            reports.append(Report(
                id=f"{rid}:{e.id}", article_id=rid, event_type=e.event_type, sub_event_type=e.sub_event_type,
                actor1=e.actor1, actor2=e.actor2, country=loc.country, location=loc.name, latitude=loc.latitude,
                longitude=loc.longitude, geo_precision=loc.geo_precision, date_start=e.date.start,
                date_end=e.date.end, published=result.article.published, fatalities=e.fatalities.best,
                text=result.article.text, claims=claims))
    return reports


def time_scale(n: int, threshold: float) -> None:
    """Timing only: N synthetic reports of N/4 incidents spread over 90 days and 200 towns."""
    import random

    rng = random.Random(7)
    types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests"]
    reports = []
    for i in range(n):
        k = i // 4  # about four reports per incident
        day = dt.date(2024, 1, 1) + dt.timedelta(days=k % 90)
        town = k % 200
        reports.append(Report(id=f"s{i}", article_id=f"a{i}", event_type=types[k % 4], actor1=f"Group {k % 30}",
                              location=f"Town {town}", latitude=(town // 20) * 0.5, longitude=(town % 20) * 0.5,
                              geo_precision=1, date_start=day, date_end=day, published=day,
                              fatalities=rng.randint(0, 20), text=f"incident {k} in town {town} with group {k % 30}"))
    t0 = time.perf_counter()
    clusters = cluster_reports(reports, threshold=threshold)
    print(f"scale: {n} reports -> {len(clusters)} clusters in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
