"""Typed records of NewsLedger and the JSON they serialize to.

Every extracted value carries an :class:`Evidence` (character offsets into the article text), so that
a reader can always go back to the words it came from.  Claims are recorded as claims: nothing here
adjudicates between two sources.

All records are pydantic models; ``model_dump(mode="json")`` gives the JSON documented in
``docs/record-format.md``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Evidence(Record):
    """A character span of the article text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str


class Article(Record):
    id: str = Field(description="sha256 of the normalised text, first 16 hex digits")
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    language: str = "en"
    length: int = Field(0, description="length of the text in characters")
    text: str = Field("", exclude=True, repr=False)


# --- time --------------------------------------------------------------------------------------

TimePrecision = Literal[1, 2, 3]  # ACLED time_precision: 1 day, 2 week (or a few days), 3 month or more


class TimeExpression(Record):
    id: str
    text: str
    start: int
    end: int
    timex_type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str | None = Field(None, description="TIMEX3-style normalised value, e.g. 2025-03-20, 2025-W12, P3D")
    interval_start: dt.date | None = None
    interval_end: dt.date | None = None
    precision: int | None = Field(None, description="ACLED time precision: 1 day, 2 week, 3 month")
    resolved: bool = False
    reason: str | None = Field(None, description="why the value is not resolved, when it is not")


# --- places ------------------------------------------------------------------------------------


class PlaceResolution(Record):
    name: str
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float
    longitude: float
    feature: str | None = Field(None, description="GeoNames feature code or local kind (camp, hospital…)")
    source: str = Field(description="geonames, local (curated file) or the path of a user gazetteer")
    source_id: str | None = None
    population: int | None = None


class PlaceMention(Record):
    id: str
    text: str
    start: int
    end: int
    resolution: PlaceResolution | None = None
    resolved: bool = False
    reason: str | None = None
    role: Literal["event_location", "mentioned"] = "mentioned"
    event_ids: list[str] = Field(default_factory=list)


# --- claims --------------------------------------------------------------------------------------

ClaimCategory = Literal["killed", "injured", "missing", "hostages", "displaced", "arrested", "other"]
ClaimScope = Literal["incident", "period", "cumulative"]


class Period(Record):
    start: dt.date | None = None
    end: dt.date | None = None
    text: str | None = None


class Claim(Record):
    id: str
    value: int | None
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    category: ClaimCategory = "other"
    victims: str | None = None
    scope: ClaimScope = "incident"
    period: Period | None = None
    claimant: str | None = None
    claimant_evidence: Evidence | None = None
    relay: list[str] = Field(default_factory=list)
    date: dt.date | None = Field(None, description="date of the counted deaths or injuries when known")
    event_id: str | None = None
    evidence: Evidence


# --- statements ----------------------------------------------------------------------------------


StatementKind = Literal["speech", "belief", "intention", "stance", "finding"]


class Statement(Record):
    id: str
    speaker: str | None
    role: str | None = None
    organisation: str | None = None
    text: str
    direct: bool
    platform: str | None = None
    date: dt.date | None = None
    cue: str | None = None
    kind: StatementKind = Field("speech", description="speech (said, wrote, according to) or an attribution of "
                                "a belief, intention, stance or finding (believes, wants, opposes, found)")
    evidence: Evidence
    speaker_evidence: Evidence | None = None


# --- victims -------------------------------------------------------------------------------------


class Victim(Record):
    id: str
    name: str
    age: int | None = None
    sex: Literal["female", "male"] | None = None
    description: str | None = None
    status: Literal["killed", "injured"] = "killed"
    event_id: str | None = None
    evidence: Evidence


# --- events --------------------------------------------------------------------------------------


class Location(Record):
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = Field(None, description="ACLED geo_precision: 1 town, 2 near/part of, 3 region")
    place_id: str | None = None


class EventDate(Record):
    start: dt.date | None = None
    end: dt.date | None = None
    precision: int | None = None
    time_id: str | None = None


class Fatalities(Record):
    low: int | None = None
    best: int | None = None
    high: int | None = None
    rule: str = Field("", description="how low/best/high were derived from the claims")


class Event(Record):
    id: str
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor1_raw: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    actor2_raw: str | None = None
    assoc_actor_2: str | None = None
    civilian_targeting: bool = False
    location: Location = Field(default_factory=Location)
    date: EventDate = Field(default_factory=EventDate)
    fatalities: Fatalities = Field(default_factory=Fatalities)
    claims: list[str] = Field(default_factory=list)
    trigger: Evidence | None = None
    evidence: list[Evidence] = Field(default_factory=list)


# --- results -------------------------------------------------------------------------------------


class PipelineInfo(Record):
    name: str = "newsledger"
    version: str
    model: str
    schema_version: int = SCHEMA_VERSION


class ExtractionResult(Record):
    id: str | None = Field(None, description="the caller's id in batch mode")
    article: Article
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    victims: list[Victim] = Field(default_factory=list)
    places: list[PlaceMention] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    pipeline: PipelineInfo | None = None

    def to_json(self) -> dict:
        return self.model_dump(mode="json", exclude_none=False)


class ErrorInfo(Record):
    code: str
    message: str
    hint: str | None = None


class ErrorResult(Record):
    id: str | None
    error: ErrorInfo
