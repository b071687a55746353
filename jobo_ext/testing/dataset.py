"""A deterministic synthetic Jobo dataset: jobs, companies, career sites and expired ids.

Everything about job ``i`` (its UUID, title, company, location, enums, salary, skills) is derived
from a BLAKE2b hash of ``(seed, i)``, so the same seed always yields the same ids and the first 5,000
jobs of a 100,000-job dataset equal a 5,000-job dataset's. Only the few attributes that filters need
are kept in compact per-job arrays; the full job dictionaries (and their JSON) are built on demand and
kept in a small LRU cache, so 100,000 jobs start in well under a second and hold little memory.

Timestamps are relative to ``anchor`` (default: now, floored to the hour). Initial jobs were indexed
over the 90 days before ``anchor - 1 h`` in index order, so **index order is creation order**, the
order of the feed's stable scan. Mutations (:meth:`Dataset.touch`, :meth:`Dataset.expire`,
:meth:`Dataset.add`) stamp the dataset clock's *current* time, so that an incremental sync using
``updated_after = last_run_started_at - 15 min`` sees exactly the mutated jobs.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import math
import random
import threading
import time
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from . import vocab
from .queries import JobFilter

DAY = 86_400
HISTORY = 90 * DAY  # initial jobs were first indexed over this span
QUIET = 3_600  # nothing in the initial dataset changed during the hour before the anchor
EXPIRED_HISTORY = 6 * DAY + 12 * 3_600  # initial expiries fall within the 7-day lookback

_SOURCE_IDS = tuple(s[0] for s in vocab.SOURCES)
_SOURCE_WEIGHTS = tuple(s[1] for s in vocab.SOURCES)
_SOURCE_TOTAL = sum(_SOURCE_WEIGHTS)
_WM_CANON = {c: i for i, (c, _) in enumerate(vocab.WORK_MODELS)}
_ET_CANON = {c: i for i, (c, _) in enumerate(vocab.EMPLOYMENT_TYPES)}
_XL_CANON = {c: i for i, (c, _) in enumerate(vocab.EXPERIENCE_LEVELS)}
# Locations a job can carry: the known places, then one "Remote - <country>" entry per country.
_LOCATIONS: tuple[vocab.Place, ...] = vocab.PLACES + tuple(
    c._replace(label=f"Remote - {c.country}", latitude=None, longitude=None) for c in vocab.COUNTRIES
)
_REMOTE_LOC0 = len(vocab.PLACES)
_USD_RATE = {"USD": 1.0, "GBP": 0.79, "EUR": 0.92, "CAD": 1.36, "AUD": 1.52, "SGD": 1.34, "INR": 83.0}
_BASE_SALARY = (45_000, 70_000, 110_000, 150_000, 185_000, 240_000)  # by experience level


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
# Jobs are serialized with this placeholder for the company, then the company's cached JSON is
# spliced in: it is the same for every job of a company.
_COMPANY_SLOT = "__jobo_mock_company_slot__"
_COMPANY_SLOT_JSON = _ENCODER.encode(_COMPANY_SLOT)
_COPRIMES = {n: tuple(k for k in range(1, n) if math.gcd(k, n) == 1) for n in range(2, 32)}


def _distinct(n: int, k: int, start: int, step: int) -> list[int]:
    """``k`` distinct indexes below ``n`` picked by two hash bytes (a stride coprime to ``n``)."""
    stride = _COPRIMES[n][step % len(_COPRIMES[n])]
    return [(start + j * stride) % n for j in range(min(k, n))]


def _uuid_from(digest: bytes) -> str:
    """A version-4-shaped UUID string from the first 16 bytes of a hash."""
    h = digest[:16].hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[digest[8] & 3]}{h[17:20]}-{h[20:32]}"


@functools.lru_cache(maxsize=4_096)
def _iso_day(day: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(day * DAY))


def iso(ts: int | float) -> str:
    """Unix seconds → ``2026-03-01T12:00:00Z`` (whole seconds, UTC)."""
    ts = int(ts)
    day, rest = divmod(ts, DAY)
    return f"{_iso_day(day)}T{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}Z"


def _slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _location_keys(place: vocab.Place) -> frozenset[str]:
    keys = {place.label.lower(), place.country.lower(), place.country_code.lower(), *place.aliases}
    if place.city:
        keys.add(place.city.lower())
    if place.region:
        keys.add(place.region.lower())
    country = next((c for c in vocab.COUNTRIES if c.country_code == place.country_code), None)
    if country is not None:
        keys.update(country.aliases)
    if place.latitude is None:
        keys.add("remote")
    return frozenset(keys)


_LOCATION_KEYS = tuple(_location_keys(p) for p in _LOCATIONS)


@dataclass(frozen=True)
class _Company:
    id: str
    name: str
    slug: str
    kind: int
    source: int
    place: int
    size: int
    founded: int
    managed: bool
    created: int
    updated: int


class Dataset:
    """Synthetic jobs, companies, career sites and expired ids, reproducible from ``seed``.

    Args:
        jobs: number of active jobs at start.
        seed: any integer; equal seeds give equal ids and values.
        companies: number of companies (default: one per 25 jobs, between 5 and 2,000).
        expired: number of jobs already expired at start, with expiry times spread over the 6.5 days
            before ``anchor`` (default: 2 % of ``jobs``). They are in addition to ``jobs``.
        anchor: the dataset's "now" for initial timestamps (Unix seconds or an aware ``datetime``);
            default: the current time floored to the hour.
        clock: the time source for mutations and for the expired-ids lookback (default ``time.time``).
        base_url: prefix of ``details_url`` links; the server sets it to its own URL.
    """

    def __init__(
        self,
        jobs: int = 1_000,
        *,
        seed: int = 0,
        companies: int | None = None,
        expired: int | None = None,
        anchor: int | float | datetime | None = None,
        clock: Callable[[], float] = time.time,
        base_url: str = "https://connect.jobo.world",
    ) -> None:
        if jobs < 0:
            raise ValueError("jobs must be >= 0")
        self.seed = seed
        self.clock = clock
        if anchor is None:
            anchor = int(clock()) // 3_600 * 3_600
        elif isinstance(anchor, datetime):
            anchor = anchor.timestamp()
        self.anchor = int(anchor)
        self._base_url = base_url.rstrip("/")
        self._lock = threading.RLock()
        self._version = 0
        self._mutations = 0
        n_companies = companies if companies is not None else max(5, min(2_000, jobs // 25))
        if n_companies < 1:
            raise ValueError("companies must be >= 1")
        n_expired = expired if expired is not None else jobs // 50
        self._companies = [self._make_company(c, n_companies) for c in range(n_companies)]
        self._company_by_id = {c.id: i for i, c in enumerate(self._companies)}
        self._company_cache: dict[int, dict[str, Any]] = {}
        self._company_json: dict[int, str] = {}

        # Compact per-job columns (index = creation order).
        self._ids: list[str] = []
        self._comp: list[int] = []
        self._title: list[int] = []
        self._wm: list[int] = []
        self._et: list[int] = []
        self._xl: list[int] = []
        self._loc: list[int] = []
        self._skills: list[tuple[int, ...]] = []
        self._created = array("q")
        self._updated = array("q")
        self._posted = array("q")  # -1: no posting date
        self._sal_lo = array("q")  # yearly USD, 0: not published
        self._sal_hi = array("q")
        self._alive = bytearray()
        self._fresh: set[int] = set()  # added by add(): summary still pending
        self._id_index: dict[str, int] | None = None

        total = jobs + n_expired
        start = self.anchor - QUIET - HISTORY
        for i in range(total):
            self._append_job(i, start + (i * HISTORY) // max(total, 1))
        # Already-expired jobs: a seeded sample of indexes, expired over the last 6.5 days.
        picker = random.Random(f"{seed}:expired")
        pre_expired = sorted(picker.sample(range(total), n_expired)) if n_expired else []
        stamped = sorted(
            (max(self._created[i] + 60, self.anchor - QUIET - picker.randrange(EXPIRED_HISTORY - QUIET)), i)
            for i in pre_expired
        )
        self._expired_log: list[int] = []
        self._expired_ts: list[int] = []
        self._expired_at: dict[int, int] = {}
        for ts, i in stamped:
            self._mark_expired(i, ts)

        self._matching_cache: OrderedDict[tuple[JobFilter, bool], list[int]] = OrderedDict()
        self._facet_cache: OrderedDict[tuple[JobFilter, tuple[str, ...]], dict[str, Any]] = OrderedDict()
        self._json_cache: OrderedDict[int, tuple[int, bytes]] = OrderedDict()
        self.json_cache_size = 25_000
        """Jobs whose JSON is kept (about 2.5 kB each): repeated backfills of up to this many jobs
        are served from memory; building a job's JSON from scratch costs about 0.1 ms."""

    # ------------------------------------------------------------------ generation

    def _digest(self, kind: str, i: int) -> bytes:
        return hashlib.blake2b(f"jobo-mock:{self.seed}:{kind}:{i}".encode(), digest_size=48).digest()

    def _make_company(self, c: int, n: int) -> _Company:
        d = self._digest("company", c)
        np_, nk = len(vocab.COMPANY_PREFIXES), len(vocab.COMPANY_KINDS)
        # A bijection of c onto (prefix, kind, generation) so names stay unique, rotated by the seed.
        prefix = (c % np_ + self.seed) % np_
        kind = (c % nk + (c // np_) % nk + self.seed * 7) % nk  # varies with c even for few companies
        generation = c // (np_ * nk)
        name = f"{vocab.COMPANY_PREFIXES[prefix]} {vocab.COMPANY_KINDS[kind][0]}"
        if generation:
            name += f" {generation + 1}"
        pick = int.from_bytes(d[16:18], "big") % _SOURCE_TOTAL
        source = 0
        while pick >= _SOURCE_WEIGHTS[source]:
            pick -= _SOURCE_WEIGHTS[source]
            source += 1
        created = self.anchor - QUIET - HISTORY - 30 * DAY + int.from_bytes(d[18:21], "big") % (60 * DAY)
        updated = self.anchor - QUIET - int.from_bytes(d[21:24], "big") % HISTORY
        return _Company(
            id=_uuid_from(d),
            name=name,
            slug=_slug(name),
            kind=kind,
            source=source,
            place=d[24] % len(vocab.PLACES),
            size=d[25] % len(vocab.COMPANY_SIZES),
            founded=1985 + d[26] % 40,
            managed=c % 10 == 0,
            created=created,
            updated=max(created, updated),
        )

    def _append_job(self, i: int, created: int, *, fresh: bool = False) -> None:
        d = self._digest("job", i)
        title_i = d[16] % len(vocab.TITLES)
        title = vocab.TITLES[title_i]
        r = d[17] * 100 >> 8
        wm = 0 if r < 35 else 1 if r < 65 else 2
        r = d[18] * 100 >> 8
        et = 0 if r < 80 else 1 if r < 86 else 2 if r < 94 else 3 if r < 96 else 4 if r < 98 else 5
        if title.level == 0:
            et = 3
        if title.level >= 0:
            xl = title.level
        else:
            r = d[19] * 100 >> 8
            xl = 1 if r < 12 else 2 if r < 47 else 3 if r < 80 else 4 if r < 90 else 5 if r < 93 else -1
        if et == 3:
            xl = 0
        if wm == 0:
            loc = -1 if d[20] % 4 == 0 else _REMOTE_LOC0 + vocab.REMOTE_COUNTRIES[d[21] % 6]
        else:
            loc = d[20] % len(vocab.PLACES)
        pool = vocab.FAMILY_SKILLS[title.family]
        first = d[22] % len(pool)
        skills = (
            pool[first],
            pool[(first + 1 + d[23] % (len(pool) - 1)) % len(pool)],
            vocab.SKILL_INDEX[vocab.SOFT_SKILLS[d[24] % len(vocab.SOFT_SKILLS)]],
        )
        quiet_end = self.anchor - QUIET
        updated = created
        if not fresh and d[25] * 100 >> 8 < 30 and quiet_end > created:
            updated = created + int.from_bytes(d[26:29], "big") % (quiet_end - created)
        posted = -1 if d[29] % 10 == 0 else created - int.from_bytes(d[30:32], "big") * 4 % (3 * DAY)
        lo = hi = 0
        if d[32] * 100 >> 8 < 55:
            base = _BASE_SALARY[xl if xl >= 0 else 2]
            lo = base * (85 + d[33] % 30) // 100 // 1_000 * 1_000
            hi = lo * (120 + d[34] % 30) // 100 // 1_000 * 1_000
        self._ids.append(_uuid_from(d))
        self._comp.append(int.from_bytes(d[35:38], "big") % len(self._companies))
        self._title.append(title_i)
        self._wm.append(wm)
        self._et.append(et)
        self._xl.append(xl)
        self._loc.append(loc)
        self._skills.append(skills)
        self._created.append(created)
        self._updated.append(updated)
        self._posted.append(posted)
        self._sal_lo.append(lo)
        self._sal_hi.append(hi)
        self._alive.append(1)
        if fresh:
            self._fresh.add(i)
        if self._id_index is not None:
            self._id_index[self._ids[i]] = i

    def _mark_expired(self, i: int, ts: int) -> None:
        if self._expired_ts and ts < self._expired_ts[-1]:
            ts = self._expired_ts[-1]  # the expiry log stays ordered even if the clock steps back
        self._alive[i] = 0
        self._expired_at[i] = ts
        self._expired_log.append(i)
        self._expired_ts.append(ts)

    # ------------------------------------------------------------------ basic accessors

    @property
    def base_url(self) -> str:
        return self._base_url

    @base_url.setter
    def base_url(self, value: str) -> None:
        with self._lock:
            self._base_url = value.rstrip("/")
            self._company_cache.clear()
            self._company_json.clear()
            self._json_cache.clear()

    @property
    def version(self) -> int:
        """Incremented by every mutation; caches keyed on it never serve stale data."""
        return self._version

    def now(self) -> int:
        """The dataset clock, in Unix seconds."""
        return int(self.clock())

    def __len__(self) -> int:
        """Number of active (not expired) jobs."""
        return len(self._alive) - len(self._expired_log)

    @property
    def job_count(self) -> int:
        """Number of active jobs."""
        return len(self)

    @property
    def company_count(self) -> int:
        return len(self._companies)

    def active_ids(self) -> list[str]:
        """Ids of all active jobs, in creation order (the order of the feed's stable scan)."""
        alive, ids = self._alive, self._ids
        return [ids[i] for i in range(len(alive)) if alive[i]]

    def all_ids(self) -> list[str]:
        """Ids of every job ever generated, active or expired, in creation order."""
        return list(self._ids)

    def expired_ids(self, since: int | float | datetime | None = None) -> list[str]:
        """Ids of jobs that expired at or after ``since`` (default: all), oldest expiry first."""
        if isinstance(since, datetime):
            since = since.timestamp()
        start = 0 if since is None else bisect.bisect_left(self._expired_ts, int(since))
        return [self._ids[i] for i in self._expired_log[start:]]

    def index_of(self, job_id: str) -> int | None:
        """The index of a job id (active or expired), or ``None`` if the id was never generated."""
        if self._id_index is None:
            with self._lock:
                if self._id_index is None:
                    self._id_index = {job_id: i for i, job_id in enumerate(self._ids)}
        return self._id_index.get(job_id.lower())

    def is_active(self, job_id: str) -> bool:
        i = self.index_of(job_id)
        return i is not None and bool(self._alive[i])

    def job(self, job_id: str) -> dict[str, Any] | None:
        """The full job dictionary of an **active** job, or ``None``."""
        i = self.index_of(job_id)
        if i is None or not self._alive[i]:
            return None
        return self.job_dict(i)

    def jobs(self) -> Iterator[dict[str, Any]]:
        """Every active job, in creation order (builds each dictionary on the fly)."""
        for i in range(len(self._alive)):
            if self._alive[i]:
                yield self.job_dict(i)

    def updated_at(self, job_id: str) -> str | None:
        i = self.index_of(job_id)
        return None if i is None else iso(self._updated[i])

    def company_ids(self) -> list[str]:
        return [c.id for c in self._companies]

    def managed_company_ids(self) -> list[str]:
        """Companies set up for Managed Job Scraping: the managed feed serves only their jobs."""
        return [c.id for c in self._companies if c.managed]

    def company_index(self, company_id: str) -> int | None:
        return self._company_by_id.get(company_id.lower())

    # ------------------------------------------------------------------ mutations

    def _bump(self) -> None:
        self._version += 1
        self._mutations += 1
        self._matching_cache.clear()
        self._facet_cache.clear()

    def _resolve(self, ids: Iterable[str]) -> list[int]:
        out = []
        for job_id in ids:
            i = self.index_of(job_id)
            if i is None or not self._alive[i]:
                raise KeyError(f"no active job {job_id!r}")
            out.append(i)
        return out

    def _pick_active(self, n: int) -> list[int]:
        rng = random.Random(f"{self.seed}:mutation:{self._mutations}")
        active = len(self)
        if n > active:
            raise ValueError(f"cannot pick {n} jobs: only {active} are active")
        picked: dict[int, None] = {}
        total = len(self._alive)
        while len(picked) < n:
            i = rng.randrange(total)
            if self._alive[i]:
                picked[i] = None
        return list(picked)

    def touch(self, n: int = 1, *, ids: Iterable[str] | None = None) -> list[str]:
        """Mark ``n`` seeded-random active jobs (or exactly ``ids``) as updated now.

        Their ``updated_at`` becomes the clock's current time (strictly later than before); their
        creation time, and so their place in the stable feed order, does not change.
        Returns the ids touched.
        """
        with self._lock:
            chosen = self._resolve(ids) if ids is not None else self._pick_active(n)
            now = self.now()
            for i in chosen:
                self._updated[i] = max(now, self._updated[i] + 1)
                self._json_cache.pop(i, None)
            self._bump()
            return [self._ids[i] for i in chosen]

    def expire(self, n: int = 1, *, ids: Iterable[str] | None = None) -> list[str]:
        """Expire ``n`` seeded-random active jobs (or exactly ``ids``) now.

        They leave search and the feeds, answer 404 by id, and appear in the expired-ids feed with
        the clock's current time. Returns the ids expired.
        """
        with self._lock:
            chosen = self._resolve(ids) if ids is not None else self._pick_active(n)
            now = self.now()
            for i in chosen:
                self._mark_expired(i, now)
                self._json_cache.pop(i, None)
            self._bump()
            return [self._ids[i] for i in chosen]

    def add(self, n: int = 1) -> list[str]:
        """Add ``n`` new jobs, first indexed now (so they sort after every existing job).

        New jobs have ``created_at == updated_at ==`` the clock's current time and a null
        ``summary`` (summarization pending, as the API does for recently indexed jobs).
        Returns the new ids.
        """
        with self._lock:
            now = self.now()
            first = len(self._alive)
            last_created = self._created[-1] if first else now
            for i in range(first, first + n):
                self._append_job(i, max(now, last_created), fresh=True)
            self._bump()
            return self._ids[first:]

    # ------------------------------------------------------------------ filtering

    def matching(self, flt: JobFilter, *, legacy_order: bool = False) -> list[int]:
        """Indexes of the active jobs that match ``flt``, in creation order.

        With ``legacy_order`` the indexes are sorted by ``(updated_at, index)`` instead — the
        feed's legacy non-stable scan. Results are cached per filter until the next mutation.
        """
        key = (flt, legacy_order)
        with self._lock:
            cached = self._matching_cache.get(key)
            if cached is not None:
                self._matching_cache.move_to_end(key)
                return cached
            result = self._scan(flt)
            if legacy_order:
                updated = self._updated
                result.sort(key=lambda i: (updated[i], i))
            self._matching_cache[key] = result
            while len(self._matching_cache) > 32:
                self._matching_cache.popitem(last=False)
            return result

    def _company_mask(self, flt: JobFilter) -> bytearray | None:
        checks = (
            flt.sources,
            flt.industries_include,
            flt.industries_exclude,
            flt.companies_include,
            flt.companies_exclude,
            flt.categories_include,
            flt.categories_exclude,
        )
        if flt.company is None and not flt.managed_only and all(c is None for c in checks):
            return None
        mask = bytearray(len(self._companies))
        for c, comp in enumerate(self._companies):
            if flt.company is not None and c != flt.company:
                continue
            if flt.managed_only and not comp.managed:
                continue
            if flt.sources is not None and _SOURCE_IDS[comp.source] not in flt.sources:
                continue
            _, industries, categories, _ = vocab.COMPANY_KINDS[comp.kind]
            inds = {x.lower() for x in industries}
            if flt.industries_include is not None and not inds & flt.industries_include:
                continue
            if flt.industries_exclude is not None and inds & flt.industries_exclude:
                continue
            cats = set(categories)
            if flt.categories_include is not None and not cats & flt.categories_include:
                continue
            if flt.categories_exclude is not None and cats & flt.categories_exclude:
                continue
            names = {comp.name.lower(), comp.id, f"{comp.slug}.example.com"}
            if flt.companies_include is not None and not names & flt.companies_include:
                continue
            if flt.companies_exclude is not None and names & flt.companies_exclude:
                continue
            mask[c] = 1
        return mask

    def _text_matcher(self, query: str) -> Callable[[int], bool]:
        """A predicate on job indexes for one free-text query (the quick search's ``q``, simplified)."""
        q = query.strip().lower()
        if len(q) >= 2 and q[0] == q[-1] == '"':
            phrase = q[1:-1].strip()
            titles = {t for t, title in enumerate(vocab.TITLES) if phrase in title.title.lower()}
            tcol = self._title
            return lambda i: tcol[i] in titles
        words = q.split()
        if not words:
            return lambda i: True
        per_word = []
        for w in words:
            titles = {t for t, title in enumerate(vocab.TITLES) if w in title.title.lower()}
            comps = {c for c, comp in enumerate(self._companies) if w in comp.name.lower()}
            skills = {s for s, name in enumerate(vocab.ALL_SKILLS) if w in name.lower()}
            per_word.append((titles, comps, skills))
        tcol, ccol, scol = self._title, self._comp, self._skills

        def match(i: int) -> bool:
            for titles, comps, skills in per_word:
                if tcol[i] in titles or ccol[i] in comps:
                    continue
                if any(s in skills for s in scol[i]):
                    continue
                return False
            return True

        return match

    def _location_set(self, flt: JobFilter) -> tuple[set[int], bool] | None:
        """Location ids a job may carry, and whether ``remote`` was asked for."""
        if not flt.locations and not flt.location_parts:
            return None
        allowed: set[int] = set()
        remote = False
        for raw in flt.locations:
            q = raw.strip().lower()
            if q in vocab.REMOTE_KEYWORDS:
                remote = True
                continue
            candidates = {q, q.split(",")[0].strip()}
            for loc, keys in enumerate(_LOCATION_KEYS):
                if keys & candidates:
                    allowed.add(loc)
        for country, region, city in flt.location_parts:
            for loc, place in enumerate(_LOCATIONS):
                if country and country not in {place.country.lower(), place.country_code.lower()}:
                    continue
                if region and region != (place.region or "").lower():
                    continue
                if city and city != (place.city or "").lower():
                    continue
                allowed.add(loc)
        return allowed, remote

    def _scan(self, flt: JobFilter) -> list[int]:
        alive = self._alive
        n = len(alive)
        comp_mask = self._company_mask(flt)
        wm_ok = None if flt.work_models is None else {_WM_CANON.get(v, -9) for v in flt.work_models}
        et_ok = None if flt.employment_types is None else {_ET_CANON.get(v, -9) for v in flt.employment_types}
        xl_ok = (
            None if flt.experience_levels is None else {_XL_CANON.get(v, -9) for v in flt.experience_levels}
        )
        sk_in = sk_out = None
        if flt.skills_include is not None:
            sk_in = {s for s, name in enumerate(vocab.ALL_SKILLS) if name.lower() in flt.skills_include}
        if flt.skills_exclude is not None:
            sk_out = {s for s, name in enumerate(vocab.ALL_SKILLS) if name.lower() in flt.skills_exclude}
        locs = self._location_set(flt)
        positives = [self._text_matcher(q) for q in flt.queries]
        negatives = [self._text_matcher(q) for q in flt.exclude_queries]
        created, updated, posted = self._created, self._updated, self._posted
        sal_lo, sal_hi = self._sal_lo, self._sal_hi
        comp, wm, et, xl, loc, skills = self._comp, self._wm, self._et, self._xl, self._loc, self._skills
        pa, pb = flt.posted_after, flt.posted_before
        da, db = flt.discovered_after, flt.discovered_before
        pda, ua = flt.posted_or_discovered_after, flt.updated_after
        smin, smax = flt.salary_min, flt.salary_max
        out: list[int] = []
        for i in range(n):
            if not alive[i]:
                continue
            if comp_mask is not None and not comp_mask[comp[i]]:
                continue
            if wm_ok is not None and wm[i] not in wm_ok:
                continue
            if et_ok is not None and et[i] not in et_ok:
                continue
            if xl_ok is not None and xl[i] not in xl_ok:
                continue
            if locs is not None:
                allowed, remote = locs
                if loc[i] not in allowed and not (remote and wm[i] == 0):
                    continue
            if da is not None and created[i] < da:
                continue
            if db is not None and created[i] > db:
                continue
            if ua is not None and updated[i] < ua:
                continue
            if pa is not None and (posted[i] < 0 or posted[i] < pa):
                continue
            if pb is not None and (posted[i] < 0 or posted[i] > pb):
                continue
            if pda is not None and created[i] < pda and posted[i] < pda:
                continue
            if smin is not None and (sal_hi[i] == 0 or sal_hi[i] < smin):
                continue
            if smax is not None and (sal_lo[i] == 0 or sal_lo[i] > smax):
                continue
            if sk_in is not None and not any(s in sk_in for s in skills[i]):
                continue
            if sk_out is not None and any(s in sk_out for s in skills[i]):
                continue
            if positives and not any(m(i) for m in positives):
                continue
            if negatives and any(m(i) for m in negatives):
                continue
            out.append(i)
        return out

    def facets_cached(
        self, flt: JobFilter, names: tuple[str, ...], indexes: Sequence[int]
    ) -> dict[str, list[dict[str, Any]]]:
        """:meth:`facets` of ``indexes`` (the matches of ``flt``), cached until the next mutation."""
        key = (flt, names)
        with self._lock:
            hit = self._facet_cache.get(key)
            if hit is not None:
                return hit
        value = self.facets(indexes, names)
        with self._lock:
            self._facet_cache[key] = value
            while len(self._facet_cache) > 32:
                self._facet_cache.popitem(last=False)
        return value

    def facets(self, indexes: Sequence[int], names: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """Facet buckets (``{key, count}``, most frequent first) over the given jobs.

        Keys follow the attested conventions: display-cased work models and experience levels
        (``Remote``, ``Senior Level``), lowercase ids for sources, lowercase country names.
        Unknown facet names are skipped.
        """
        out: dict[str, list[dict[str, Any]]] = {}
        comps = self._companies
        for name in names:
            counter: Counter[str] = Counter()
            if name == "work_model":
                counter.update(vocab.WORK_MODELS[self._wm[i]][1] for i in indexes)
            elif name == "employment_type":
                counter.update(vocab.EMPLOYMENT_TYPES[self._et[i]][1] for i in indexes)
            elif name == "experience_level":
                counter.update(vocab.EXPERIENCE_LEVELS[self._xl[i]][1] for i in indexes if self._xl[i] >= 0)
            elif name == "sources":
                counter.update(_SOURCE_IDS[comps[self._comp[i]].source] for i in indexes)
            elif name == "industries":
                for i in indexes:
                    counter.update(vocab.COMPANY_KINDS[comps[self._comp[i]].kind][1])
            elif name == "company_categories":
                for i in indexes:
                    counter.update(vocab.COMPANY_KINDS[comps[self._comp[i]].kind][2])
            elif name == "skills":
                for i in indexes:
                    counter.update(vocab.ALL_SKILLS[s] for s in self._skills[i])
            elif name == "countries":
                counter.update(_LOCATIONS[self._loc[i]].country.lower() for i in indexes if self._loc[i] >= 0)
            else:
                continue
            out[name] = [
                {"key": k, "count": c} for k, c in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
            ]
        return out

    def source_counts(self) -> list[tuple[str, int]]:
        """Active jobs per source id, most frequent first."""
        counter: Counter[str] = Counter()
        comps, comp, alive = self._companies, self._comp, self._alive
        for i in range(len(alive)):
            if alive[i]:
                counter[_SOURCE_IDS[comps[comp[i]].source]] += 1
        return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))

    def created_ts(self, i: int) -> int:
        return self._created[i]

    def updated_ts(self, i: int) -> int:
        return self._updated[i]

    def job_id(self, i: int) -> str:
        return self._ids[i]

    # ------------------------------------------------------------------ expired feed

    def expired_position(self, since: int) -> int:
        """Position in the expiry log of the first expiry at or after ``since``."""
        return bisect.bisect_left(self._expired_ts, since)

    def expired_slice(self, start: int, count: int) -> tuple[list[str], int]:
        """Up to ``count`` expired ids from log position ``start``, and the log length."""
        log = self._expired_log
        return [self._ids[i] for i in log[start : start + count]], len(log)

    # ------------------------------------------------------------------ companies

    def _company_links(self, comp: _Company) -> tuple[str, str, str]:
        website = f"https://{comp.slug}.example.com"
        details = f"{self._base_url}/api/companies/{comp.id}"
        return website, details, f"{website}/logo.png"

    def job_company(self, c: int) -> dict[str, Any]:
        """The lightweight ``JobCompany`` embedded in jobs (cached per company)."""
        cached = self._company_cache.get(c)
        if cached is not None:
            return cached
        comp = self._companies[c]
        website, details, logo = self._company_links(comp)
        _, industries, categories, phrase = vocab.COMPANY_KINDS[comp.kind]
        d = self._digest("company", c)
        value = {
            "id": comp.id,
            "name": comp.name,
            "website": website,
            "logo_url": logo if d[30] % 5 else None,
            "summary": f"{comp.name} {phrase}.",
            "industries": list(industries),
            "categories": list(categories),
            "linkedin_url": f"https://www.linkedin.com/company/{comp.slug}",
            "crunchbase_url": f"https://www.crunchbase.com/organization/{comp.slug}" if d[31] % 3 else None,
            "details_url": details,
        }
        self._company_cache[c] = value
        return value

    def company_listing_url(self, c: int) -> str:
        comp = self._companies[c]
        s = comp.slug
        return {
            "greenhouse": f"https://boards.greenhouse.io/{s}",
            "workday": f"https://{s}.wd5.myworkdayjobs.com/en-US/External",
            "lever": f"https://jobs.lever.co/{s}",
            "ashby": f"https://jobs.ashbyhq.com/{s}",
            "smartrecruiters": f"https://jobs.smartrecruiters.com/{comp.name.replace(' ', '')}",
            "workable": f"https://apply.workable.com/{s}/",
            "bamboohr": f"https://{s}.bamboohr.com/careers",
            "icims": f"https://careers-{s}.icims.com/jobs",
            "personio": f"https://{s}.jobs.personio.de",
        }[_SOURCE_IDS[comp.source]]

    def company(self, company_id: str) -> dict[str, Any] | None:
        """The full ``Company`` profile (shape of ``examples/company.json``), or ``None``."""
        c = self.company_index(company_id)
        return None if c is None else self.company_dict(c)

    def company_dict(self, c: int) -> dict[str, Any]:
        comp = self._companies[c]
        light = self.job_company(c)
        rng = random.Random(self._digest("company-profile", c))
        place = vocab.PLACES[comp.place]
        _, industries, categories, phrase = vocab.COMPANY_KINDS[comp.kind]
        stage = rng.choice(vocab.FUNDING_STAGES)
        public = stage == "Public"
        funding = rng.randrange(2, 400) * 1_000_000
        ceo = f"{rng.choice(['Jane', 'Omar', 'Mei', 'Lucas', 'Priya', 'Sam'])} {rng.choice(['Doe', 'Okafor', 'Chen', 'Silva', 'Rao', 'Berg'])}"
        return {
            "id": comp.id,
            "name": comp.name,
            "legal_name": f"{comp.name} Inc.",
            "summary": light["summary"],
            "description": f"{comp.name} is a {industries[0].lower()} company founded in {comp.founded} that {phrase}.",
            "website": light["website"],
            "listing_url": self.company_listing_url(c),
            "logo_url": light["logo_url"],
            "linkedin_url": light["linkedin_url"],
            "linkedin_company_id": str(1_000_000 + int.from_bytes(self._digest("li", c)[:3], "big")),
            "twitter_url": f"https://x.com/{comp.slug}" if rng.random() < 0.5 else None,
            "facebook_url": None,
            "instagram_url": None,
            "angellist_url": None,
            "youtube_url": None,
            "github_url": f"https://github.com/{comp.slug}" if "Software" in industries else None,
            "g2_url": None,
            "crunchbase_url": light["crunchbase_url"],
            "headquarters_location": ", ".join(p for p in (place.city, place.region, place.country) if p),
            "headquarters_region": place.region,
            "headquarters_regions": [r for r in (place.region, place.country) if r],
            "country_code": place.country_code,
            "continent": {
                "US": "North America",
                "CA": "North America",
                "AU": "Oceania",
                "SG": "Asia",
                "IN": "Asia",
            }.get(place.country_code, "Europe"),
            "phone_number": None,
            "email_address": f"hello@{comp.slug}.example.com" if rng.random() < 0.3 else None,
            "founding_year": str(comp.founded),
            "company_size": vocab.COMPANY_SIZES[comp.size],
            "revenue": rng.choice(["$1M-$10M", "$10M-$50M", "$50M-$100M", "$100M-$500M", None]),
            "is_agency": "service-provider" in categories,
            "industries": list(industries),
            "primary_industry": industries[0],
            "categories": list(categories),
            "naics_codes": ["511210"] if "Software" in industries else [],
            "operating_status": "active",
            "ipo_status": "public" if public else "private",
            "company_type": "for_profit",
            "stock_symbol": comp.slug[:4].upper() if public else None,
            "stock_exchange": "NASDAQ" if public else None,
            "is_acquired": False,
            "acquired_by_company": None,
            "parent_company_url": None,
            "funding_stage": stage,
            "total_funding": str(funding),
            "funds_total_formatted": f"${funding // 1_000_000}M",
            "investors": ["Example Ventures"],
            "funding_rounds": [
                {
                    "investment_type": stage.lower().replace(" ", "_"),
                    "announced_on": f"{min(2025, comp.founded + 5)}-05-01",
                    "raised_amount": str(funding // 2),
                    "post_money_valuation": str(funding * 7),
                    "investor_count": rng.randrange(1, 9),
                    "lead_investor": "Example Ventures",
                }
            ],
            "founders": [ceo],
            "leadership": [{"name": ceo, "title": "CEO", "linkedin_url": None, "avatar_url": None}],
            "leadership_hires": [],
            "layoffs": [],
            "ratings": [
                {
                    "source": "Glassdoor",
                    "rating": f"{rng.randrange(30, 49) / 10:.1f}",
                    "url": f"https://www.glassdoor.com/{comp.slug}",
                    "review_count": rng.randrange(5, 900),
                }
            ],
            "press_references": [],
            "h1b_annual_job_counts": [{"year": "2025", "count": rng.randrange(0, 40)}],
            "h1b_title_distribution": [],
            "technology_list": [vocab.ALL_SKILLS[s] for s in vocab.FAMILY_SKILLS["eng"][:3]],
            "tech_stack": [{"name": "Kubernetes", "categories": ["Container Orchestration"]}],
            "products": [{"name": f"{comp.name.split()[0]} Platform", "description": phrase.capitalize()}],
            "software_used": [{"name": "Slack", "description": None}],
            "research_focus_areas": [],
            "acquisitions": [],
            "exits": [],
            "subsidiary_list": [],
            "sub_organizations": [],
            "featured_lists": [],
            "event_appearances": [],
            "investor_types": [],
            "page_rank": round(rng.uniform(2.0, 8.0), 1),
        }

    def career_site_row(self, c: int) -> dict[str, Any]:
        """One career-sites feed row: the lightweight company fields plus ATS, listing URL, timestamps.

        Only ``id`` and ``details_url`` are names the docs confirm; ``ats``,
        ``listing_url``, ``created_at`` and ``updated_at`` are this mock's guesses.
        """
        comp = self._companies[c]
        row = dict(self.job_company(c))
        row["ats"] = _SOURCE_IDS[comp.source]
        row["listing_url"] = self.company_listing_url(c)
        row["created_at"] = iso(comp.created)
        row["updated_at"] = iso(comp.updated)
        return row

    def career_sites_matching(
        self, industries: frozenset[str] | None, updated_after: int | None
    ) -> list[int]:
        """Company indexes for the career-sites feed, in discovery (index) order."""
        out = []
        for c, comp in enumerate(self._companies):
            if updated_after is not None and comp.updated < updated_after:
                continue
            if industries is not None:
                inds = {x.lower() for x in vocab.COMPANY_KINDS[comp.kind][1]}
                if not inds & industries:
                    continue
            out.append(c)
        return out

    def filter_options(self, facet: str) -> list[tuple[str, int]]:
        """(value, active job count) for the connector filter-options facets."""
        if facet == "sources":
            return self.source_counts()
        alive = self._alive
        indexes = [i for i in range(len(alive)) if alive[i]]
        buckets = self.facets(indexes, [facet])[facet]
        return [(b["key"], b["count"]) for b in buckets]

    # ------------------------------------------------------------------ full jobs

    def job_dict(self, i: int, *, fields: frozenset[str] | None = None) -> dict[str, Any]:
        """The full job dictionary for index ``i``.

        ``fields`` trims the heavy fields (``description``, ``summary``, ``qualifications``,
        ``responsibilities``, ``benefits``) to the given subset; trimmed fields are **absent**
        (the docs do not show the API's wire form; the spec makes them optional).
        """
        shared = self.job_company(self._comp[i])
        # A copy: callers may mutate the job they get back; the cached company must stay intact.
        company = {
            **shared,
            "industries": list(shared["industries"]),
            "categories": list(shared["categories"]),
        }
        job = self._job_fields(i, company)
        if fields is not None:
            for heavy in ("description", "summary", "qualifications", "responsibilities", "benefits"):
                if heavy not in fields:
                    del job[heavy]
        return job

    def _job_fields(self, i: int, company: Any) -> dict[str, Any]:
        # Text choices come from a second small hash of the job's digest rather than from a seeded
        # random.Random: seeding one costs more than building the rest of the job.
        d = self._digest("job", i)
        e = hashlib.blake2b(d, digest_size=16).digest()
        title = vocab.TITLES[self._title[i]]
        comp = self._companies[self._comp[i]]
        source = _SOURCE_IDS[comp.source]
        num = int.from_bytes(d[38:42], "big") % 9_000_000 + 1_000_000
        listing, apply = self._job_urls(source, comp, num, self._ids[i])
        loc_i = self._loc[i]
        locations = []
        currency = "USD"
        if loc_i >= 0:
            place = _LOCATIONS[loc_i]
            currency = place.currency
            locations.append(
                {
                    "location": place.label,
                    "city": place.city,
                    "region": place.region,
                    "country": place.country,
                    "latitude": place.latitude,
                    "longitude": place.longitude,
                }
            )
        compensation = None
        if self._sal_lo[i]:
            rate = _USD_RATE[currency]
            lo, hi = self._sal_lo[i] * rate, self._sal_hi[i] * rate
            period = "yearly"
            if self._et[i] in (1, 2, 4):  # part-time, contract, freelance are often paid by the hour
                lo, hi, period = round(lo / 2_080, 2), round(hi / 2_080, 2), "hourly"
            else:
                lo, hi = float(round(lo, -3)), float(round(hi, -3))
            compensation = {"min": lo, "max": hi, "currency": currency, "period": period}
        team = vocab.TEAMS[e[0] % len(vocab.TEAMS)]
        hard = [vocab.ALL_SKILLS[s] for s in self._skills[i] if s not in vocab.SOFT_SKILL_IDS]
        soft = [vocab.ALL_SKILLS[s] for s in self._skills[i] if s in vocab.SOFT_SKILL_IDS]
        duties = [
            vocab.RESPONSIBILITIES[k].format(team=team)
            for k in _distinct(len(vocab.RESPONSIBILITIES), 2 + d[47] % 3, e[1], e[2])
        ]
        xl = self._xl[i]
        posted = self._posted[i]
        return {
            "id": self._ids[i],
            "title": title.title,
            "normalized_title": title.normalized,
            "company": company,
            "description": (
                f"<p>{comp.name} is hiring a <strong>{title.title}</strong> to join the {team} team.</p>"
                f"<h3>What you will do</h3><ul>{''.join(f'<li>{r}</li>' for r in duties[:2])}</ul>"
                f"<h3>What we look for</h3><ul>{''.join(f'<li>{s}</li>' for s in hard)}</ul>"
            ),
            "summary": None
            if i in self._fresh or d[43] % 10 == 0
            else f"{title.title} on the {team} team at {comp.name}.",
            "listing_url": listing,
            "apply_url": apply,
            "locations": locations,
            "compensation": compensation,
            "employment_type": vocab.EMPLOYMENT_TYPES[self._et[i]][1],
            "workplace_type": vocab.WORK_MODELS[self._wm[i]][1],
            "experience_level": vocab.EXPERIENCE_LEVELS[xl][1] if xl >= 0 else None,
            "source": source,
            "created_at": iso(self._created[i]),
            "updated_at": iso(self._updated[i]),
            "date_posted": iso(posted) if posted >= 0 else None,
            "valid_through": iso(self._created[i] + 60 * DAY) if d[44] % 4 == 0 else None,
            "qualifications": {
                "must_have": {
                    "education": [vocab.EDUCATION[e[3] % len(vocab.EDUCATION)]] if d[45] % 2 else [],
                    "certifications": [],
                    "skills": [{"name": s, "type": "hard"} for s in hard],
                },
                "preferred": {
                    "education": [],
                    "certifications": [vocab.CERTIFICATIONS[e[4] % len(vocab.CERTIFICATIONS)]]
                    if d[46] % 4 == 0
                    else [],
                    "skills": [{"name": s, "type": "soft"} for s in soft],
                },
            },
            "responsibilities": duties,
            "benefits": [
                vocab.BENEFITS[k] for k in _distinct(len(vocab.BENEFITS), 1 + d[42] % 4, e[5], e[6])
            ],
            "is_work_auth_required": (True, False, None)[d[41] % 3],
            "is_h1b_sponsor": (True, False, None, None)[d[40] % 4],
            "is_clearance_required": (False, None, None, None, True)[d[39] % 5],
        }

    @staticmethod
    def _job_urls(source: str, comp: _Company, num: int, job_id: str) -> tuple[str, str]:
        s = comp.slug
        short = job_id[:8]
        if source == "greenhouse":
            url = f"https://boards.greenhouse.io/{s}/jobs/{num}"
            return url, url + "#app"
        if source == "lever":
            url = f"https://jobs.lever.co/{s}/{job_id}"
            return url, url + "/apply"
        if source == "ashby":
            url = f"https://jobs.ashbyhq.com/{s}/{job_id}"
            return url, url + "/application"
        if source == "workday":
            url = f"https://{s}.wd5.myworkdayjobs.com/en-US/External/job/R{num}"
            return url, url + "/apply"
        if source == "smartrecruiters":
            url = f"https://jobs.smartrecruiters.com/{comp.name.replace(' ', '')}/{num}"
            return url, url + "?apply=true"
        if source == "workable":
            url = f"https://apply.workable.com/{s}/j/{short.upper()}/"
            return url, url + "apply/"
        if source == "bamboohr":
            url = f"https://{s}.bamboohr.com/careers/{num % 1000}"
            return url, url + "?source=jobo"
        if source == "icims":
            url = f"https://careers-{s}.icims.com/jobs/{num}/job"
            return url, url + "?mode=apply"
        url = f"https://{s}.jobs.personio.de/job/{num}"
        return url, url + "#apply"

    def job_json(self, i: int) -> bytes:
        """The compact JSON of job ``i`` (whole job), cached in a small LRU."""
        with self._lock:
            hit = self._json_cache.get(i)
            if hit is not None and hit[0] == self._updated[i]:
                self._json_cache.move_to_end(i)
                return hit[1]
        c = self._comp[i]
        fragment = self._company_json.get(c)
        if fragment is None:
            fragment = self._company_json[c] = _ENCODER.encode(self.job_company(c))
        text = _ENCODER.encode(self._job_fields(i, _COMPANY_SLOT))
        data = text.replace(_COMPANY_SLOT_JSON, fragment, 1).encode()
        with self._lock:
            self._json_cache[i] = (self._updated[i], data)
            while len(self._json_cache) > self.json_cache_size:
                self._json_cache.popitem(last=False)
        return data
