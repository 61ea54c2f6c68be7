"""Performance as landlords must report it. Plain functions over plain records: no database here.

- RP02 (Tenant Satisfaction Measures): of the responsive repairs completed in the period, the share
  completed within the landlord's own target, emergency and non-emergency reported separately.
  The target is the one set when the repair was reported: moving it later ("delayed") does not make
  a late repair count as on time. An emergency's target is to attend and make safe, so it is met by
  the first make-safe or completion, whichever came first.
- First-visit completion: of the same completed repairs, the share fixed at the first visit
  (Havering promises 90%).
- Reports by channel and by category: every report made in the period.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

FIRST_VISIT_PROMISE = 0.90


@dataclass(frozen=True)
class RepairRecord:
    reported_at: datetime
    channel: str
    category: str
    emergency: bool
    # A repair has a trade; anti-social behaviour reports and complaints do not and are not repairs.
    responsive: bool
    original_target_by: datetime
    completed_at: datetime | None = None
    made_safe_at: datetime | None = None
    visits: int = 0


@dataclass(frozen=True)
class Period:
    """From `start` (included) to `end` (excluded), aware datetimes."""

    start: datetime
    end: datetime

    def __contains__(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment < self.end


@dataclass(frozen=True)
class Share:
    met: int
    total: int

    @property
    def fraction(self) -> float | None:
        return self.met / self.total if self.total else None

    @property
    def percent_text(self) -> str:
        """One decimal place, as the regulator's returns are made; a dash when nothing counted."""
        return "–" if self.fraction is None else f"{self.fraction * 100:.1f}%"


@dataclass(frozen=True)
class Rp02:
    emergency: Share
    non_emergency: Share


def target_met_at(record: RepairRecord) -> datetime | None:
    if record.emergency and record.made_safe_at is not None:
        if record.completed_at is None:
            return record.made_safe_at
        return min(record.made_safe_at, record.completed_at)
    return record.completed_at


def within_target(record: RepairRecord) -> bool:
    met_at = target_met_at(record)
    return met_at is not None and met_at <= record.original_target_by


def completed_in(records: list[RepairRecord], period: Period) -> list[RepairRecord]:
    return [r for r in records if r.responsive and r.completed_at in period]


def rp02(records: list[RepairRecord], period: Period) -> Rp02:
    completed = completed_in(records, period)

    def share(emergency: bool) -> Share:
        counted = [r for r in completed if r.emergency == emergency]
        return Share(sum(within_target(r) for r in counted), len(counted))

    return Rp02(emergency=share(True), non_emergency=share(False))


def first_visit_completion(records: list[RepairRecord], period: Period) -> Share:
    completed = completed_in(records, period)
    return Share(sum(r.visits == 1 for r in completed), len(completed))


def reports_by(records: list[RepairRecord], period: Period, field: str) -> list[tuple[str, int]]:
    """Counts of the reports made in the period by `channel` or `category`, largest first."""
    counts = Counter(getattr(r, field) for r in records if r.reported_at in period)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
