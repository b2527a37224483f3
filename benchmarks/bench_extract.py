"""Throughput and peak memory of `extract` against spaCy alone (same model, same texts, nlp.pipe).

    python benchmarks/bench_extract.py [--n 300] [--texts ../shared/eval/quotes-polnear-dev.jsonl]

Each configuration runs in a fresh subprocess so that peak RSS is its own, and is repeated (--repeat, best
time kept, as timeit does): other load on a shared machine only ever slows a run down.  Absolute times on
shared machines are noise: the ratio measured in one run is what to read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "eval" / "quotes-polnear-dev.jsonl"


def load_texts(path: Path, n: int) -> list[str]:
    texts: list[str] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            key = rec.get("doc_id", "")
            if key in seen:  # PolNeAR has one line per annotator: keep each text once
                continue
            seen.add(key)
            texts.append(rec["text"])
            if len(texts) >= n:
                break
    return texts


def worker(mode: str, path: str, n: int, processes: int) -> None:
    import resource

    texts = load_texts(Path(path), n)

    def cpu() -> float:
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    if mode == "spacy":
        import spacy

        from newsledger.settings import get_settings

        nlp = spacy.load(get_settings().model)
        start, cpu0 = time.perf_counter(), cpu()
        for _ in nlp.pipe(texts, batch_size=32, n_process=processes):
            pass
    else:
        from newsledger.extract import extract_records
        from newsledger.nlp.pipeline import load_pipeline

        if processes == 1:
            load_pipeline()
        # warm the gazetteer and the pipeline outside the timed part, like spaCy's load above
        list(extract_records([{"id": "w", "text": texts[0]}], processes=1))
        start, cpu0 = time.perf_counter(), cpu()
        for item in extract_records(({"id": str(i), "text": t, "published": "2016-01-01"} for i, t in enumerate(texts)),
                                    processes=processes):
            json.dumps(item.model_dump(mode="json"))
    seconds = time.perf_counter() - start
    cpu_seconds = cpu() - cpu0
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "processes": processes, "n": len(texts), "seconds": seconds,
                      "articles_per_s": len(texts) / seconds, "articles_per_cpu_s": len(texts) / cpu_seconds,
                      "peak_rss_mb": max(rss_self, rss_children)}))


def measure(mode: str, path: Path, n: int, processes: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--worker", mode, "--texts", str(path), "--n", str(n),
                          "--processes", str(processes)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--worker", choices=["spacy", "newsledger"])
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, str(args.texts), args.n, args.processes)
        return
    if not args.texts.exists():
        sys.exit(f"no texts at {args.texts}; pass --texts FILE.jsonl with a 'text' field")
    print("wall: articles per second; cpu: articles per CPU-second of all processes (robust to other load)")
    print(f"{'processes':>9} {'spaCy art/s':>12} {'NL art/s':>9} {'ratio':>6} {'spaCy art/cpu-s':>16} "
          f"{'NL art/cpu-s':>13} {'ratio':>6} {'peak RSS MB (spaCy / NL)':>26}")
    for processes in (1, 2):
        runs: dict[str, list[dict[str, float]]] = {"spacy": [], "newsledger": []}
        for _ in range(args.repeat):  # interleaved, so that a slow spell of the machine hits both
            for mode in runs:
                runs[mode].append(measure(mode, args.texts, args.n, processes))
        base = {k: max(r[k] for r in runs["spacy"]) for k in ("articles_per_s", "articles_per_cpu_s")}
        ours = {k: max(r[k] for r in runs["newsledger"]) for k in ("articles_per_s", "articles_per_cpu_s")}
        base["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs["spacy"])
        ours["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs["newsledger"])
        ratio = ours["articles_per_s"] / base["articles_per_s"]
        cpu_ratio = ours["articles_per_cpu_s"] / base["articles_per_cpu_s"]
        print(f"{processes:>9} {base['articles_per_s']:>12.1f} {ours['articles_per_s']:>9.1f} {ratio:>6.2f} "
              f"{base['articles_per_cpu_s']:>16.1f} {ours['articles_per_cpu_s']:>13.1f} {cpu_ratio:>6.2f} "
              f"{base['peak_rss_mb']:>12.0f} / {ours['peak_rss_mb']:.0f}")


if __name__ == "__main__":
    main()
