"""Copy the browser assets of the web app from node_modules/ (installed by `npm ci` from package.json)
into src/newsledger/web/static/vendor/, where the app serves them: nothing is fetched from a CDN.

Run by `make web-assets`.  Exit code 1 (with the missing files named) when `npm ci` has not run.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR = ROOT / "src" / "newsledger" / "web" / "static" / "vendor"

# (file or folder under node_modules, destination under vendor/)
ASSETS: list[tuple[str, str]] = [
    ("leaflet/dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet/dist/images", "leaflet/images"),
    ("leaflet/LICENSE", "leaflet/LICENSE"),
    ("leaflet.markercluster/dist/leaflet.markercluster.js", "markercluster/leaflet.markercluster.js"),
    ("leaflet.markercluster/dist/MarkerCluster.css", "markercluster/MarkerCluster.css"),
    ("leaflet.markercluster/dist/MarkerCluster.Default.css", "markercluster/MarkerCluster.Default.css"),
    ("leaflet.markercluster/MIT-LICENCE.txt", "markercluster/LICENSE"),
    ("topojson-client/dist/topojson-client.min.js", "topojson/topojson-client.min.js"),
    ("topojson-client/LICENSE", "topojson/LICENSE"),
    ("world-atlas/countries-110m.json", "world-atlas/countries-110m.json"),
    ("world-atlas/LICENSE", "world-atlas/LICENSE"),
]


def copy_assets(node_modules: Path = NODE_MODULES, vendor: Path = VENDOR) -> list[str]:
    """Copy every asset; return the sources that are missing (nothing is copied then)."""
    missing = [src for src, _ in ASSETS if not (node_modules / src).exists()]
    if missing:
        return missing
    for src, dest in ASSETS:
        source, target = node_modules / src, vendor / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            shutil.copy2(source, target)
    return []


def main() -> int:
    missing = copy_assets()
    if missing:
        print("Error: missing web assets in node_modules/: " + ", ".join(missing), file=sys.stderr)
        print("Hint: run `npm ci` (or `make web-assets`) at the repository root first", file=sys.stderr)
        return 1
    print(f"web assets copied into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
