"""Give ``openapi/jobo.yaml`` an example on every schema property, parameter, header, request body and
success response, taken from the reference fixtures in ``tests/fixtures/`` (copies of the docs' samples).

``python scripts/spec_examples.py`` edits the spec text in place and only ADDS: a property, parameter or
header that already has an example keeps it, so a reviewer's edit wins over the fixtures and a second run
changes nothing. ``--check`` reports what is missing and exits 1 (``make spec-check`` relies on Redocly's
``scalar-property-missing-example`` instead; this is for the author).

Why text edits rather than load-and-dump: the spec is hand-formatted (flow mappings, comments, block
scalars) and must stay readable in review; a YAML round-trip would reflow all of it.

Where the values come from, in order: the first non-null value the fixtures hold for that property of
that schema (walking each fixture through its schema, so a job's ``company`` fills ``JobCompany``), then
``FALLBACK`` for properties no fixture fills. Whole bodies go to ``components/examples`` (one entry per
fixture) and media types refer to them, so a job's company in a search page is the company of
``GET /api/companies/{id}``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "jobo.yaml"
FIXTURES = ROOT / "tests" / "fixtures"

# fixture → schema it is a body of; earlier fixtures win when two give the same property a value.
FIXTURE_SCHEMAS: tuple[tuple[str, str], ...] = (
    ("job.json", "Job"),
    ("search-response-with-extensions.json", "JobSearchResponse"),
    ("search-response.json", "JobSearchResponse"),
    ("feed-page-first.json", "JobFeedResponse"),
    ("expired-ids-page.json", "ExpiredJobIdsResponse"),
    ("company.json", "Company"),
    ("geocode-success.json", "GeocodeResultItem"),
    ("geocode-failure.json", "GeocodeResultItem"),
    ("connectors-filters.json", "ConnectorFiltersResponse"),
    ("connectors-filter-options.json", "FilterOptionsResponse"),
    ("connectors-locations-suggest.json", "LocationSuggestResponse"),
    ("error-problem-full.json", "ErrorResponse"),
    ("error-402.json", "ErrorResponse"),
    ("error-429.json", "ErrorResponse"),
    ("error-400.json", "ErrorResponse"),
    ("search-advanced-request.json", "JobSearchBodyRequest"),
    ("feed-request-initial.json", "JobFeedRequest"),
    ("feed-request-continuation.json", "JobFeedRequest"),
    ("managed-feed-request.json", "ManagedJobFeedRequest"),
    ("career-sites-feed-request.PARTIAL.json", "CareerSiteFeedRequest"),
    ("career-sites-feed-page.PARTIAL.json", "CareerSiteFeedResponse"),
    ("auto-apply-B-profile-create-request.PARTIAL.json", "ProfileInput"),
    ("status-201-seed-created.json", "Profile"),
    ("auto-apply-B-profile-import-response.json", "ProfileImportResponse"),
    ("auto-apply-B-session.json", "Session"),
    ("auto-apply-B-session-answers-request.json", "SessionAnswersRequest"),
    ("auto-apply-B-application.json", "Application"),
)

# Properties no fixture gives a value: written here, consistent with the fixtures (Acme Corp, its
# Greenhouse board, the Default profile).
FALLBACK: dict[tuple[str, str], Any] = {
    ("ErrorResponse", "type"): "https://connect.jobo.world/problems/feed-cursor-restart-required",
    ("ErrorResponse", "instance"): "/api/jobs/feed",
    ("ErrorResponse", "message"): "Parameter 'page_size' must be between 1 and 100.",
    ("JobFeedRequest", "cursor"): "eyJjcmVhdGVkX2F0IjoiMjAyNi0wMy0wMVQwMDowMDowMFoifQ",
    ("ManagedJobFeedRequest", "cursor"): "eyJjcmVhdGVkX2F0IjoiMjAyNi0wMy0wMVQwMDowMDowMFoifQ",
    ("CareerSiteFeedRequest", "cursor"): "Y2FyZWVyLXNpdGVzLWN1cnNvcg",
    ("JobFeedRequest", "stable_scan"): True,
    ("Profile", "status"): "ready",
    ("Profile", "import_error"): None,
    ("Profile", "updated_at"): "2026-03-03T12:00:00Z",
    ("GeocodedLocation", "fuzzy_confidence"): 0.92,
    ("RangeFilter", "min"): 120000,
    ("RangeFilter", "max"): 200000,
    ("LocationFilter", "region"): "California",
    ("LocationFilter", "city"): "San Francisco",
    ("LocationFilter", "country"): "US",
    ("ErrorResponse", "retry_after_seconds"): 3,
    ("Job", "valid_through"): "2026-04-30T23:59:59Z",
    ("Job", "is_clearance_required"): False,
    ("SearchWarning", "code"): "company_not_found",
    ("JobSearchBodyRequest", "posted_before"): "2026-03-08T00:00:00Z",
    ("JobSearchBodyRequest", "discovered_before"): "2026-03-08T00:00:00Z",
    ("ManagedJobFeedRequest", "posted_after"): "2026-03-01T00:00:00Z",
    ("Company", "twitter_url"): "https://twitter.com/acmecorp",
    ("Company", "facebook_url"): "https://www.facebook.com/acmecorp",
    ("Company", "instagram_url"): "https://www.instagram.com/acmecorp",
    ("Company", "angellist_url"): "https://angel.co/company/acme-corp",
    ("Company", "youtube_url"): "https://www.youtube.com/@acmecorp",
    ("Company", "g2_url"): "https://www.g2.com/sellers/acme-corp",
    ("Company", "phone_number"): "+1 415 555 0100",
    ("Company", "email_address"): "hello@acme.example.com",
    ("Company", "stock_symbol"): "ACME",
    ("Company", "stock_exchange"): "NASDAQ",
    ("Company", "acquired_by_company"): "Globex Corporation",
    ("Company", "parent_company_url"): "https://globex.example.com",
    ("CompanyLeader", "avatar_url"): "https://acme.example.com/team/jane-doe.jpg",
    ("CompanyExit", "name"): "LedgerLoop",
    ("CompanyExit", "description"): "Reconciliation startup, acquired by Globex Corporation.",
    ("CompanySubOrganization", "name"): "Acme Payments Ltd",
    ("CompanySubOrganization", "ownership_type"): "subsidiary",
    ("CompanySubOrganization", "title"): "Acme Payments Ltd is a subsidiary of Acme Corp",
    ("CompanyEventAppearance", "image"): "https://acme.example.com/events/money2020.png",
    ("ProfileContact", "preferred_name"): "Jane",
    ("ProfileLinks", "portfolio"): "https://janedoe.example.com/portfolio",
    ("ProfileImportRequest", "file"): "resume.pdf",
    ("Answer", "typeahead_selection"): "San Francisco, California, United States",
    ("Session", "error"): "The employer's form rejected the phone number.",
    ("Session", "redirect_url"): "https://acme.wd5.myworkdayjobs.com/en-US/careers/job/4567890/apply",
    ("Session", "redirect_provider_id"): "workday",
    ("SessionField", "current_value"): "Jane",
    ("Application", "failure_reason"): "captcha_required",
    ("Application", "error"): "The employer's form asked for a captcha.",
    ("Application", "completed_at"): "2026-03-03T12:04:10Z",
    ("ApplicationStep", "error"): "Field 'phone' rejected the value.",
    ("ApplicationStepField", "note"): "Matched the closest option.",
    ("ApplicationStepField", "error"): "Value rejected by the form.",
}

# Parameters and headers: by name. Ids are the fixtures' ids, so a path and its body agree.
PARAMETERS: dict[str, Any] = {
    "q": "software engineer",
    "search_description": True,
    "location": "San Francisco, CA",
    "sources": "greenhouse,lever",
    "work_model": "remote,hybrid",
    "employment_type": "full-time",
    "experience_level": "senior",
    "posted_after": "2026-03-01T00:00:00Z",
    "posted_before": "2026-03-08T00:00:00Z",
    "discovered_after": "2026-03-01T00:00:00Z",
    "discovered_before": "2026-03-08T00:00:00Z",
    "min_salary_usd": 120000,
    "max_salary_usd": 200000,
    "skills": "python,kubernetes",
    "industries": "Software,Fintech",
    "include_facets": "work_model,sources",
    "include_fields": "description,summary",
    "page": 1,
    "page_size": 25,
    "expired_since": "2026-03-07T00:00:00Z",
    "cursor": "ZXhwaXJlZC1jdXJzb3I",
    "batch_size": 1000,
    "facet": "industries",
    "limit": 5,
}
# The same name means something else on another path: (path, name) → example.
OPERATION_PARAMETERS: dict[tuple[str, str], Any] = {
    ("/api/connectors/filter-options/{facet}", "q"): "soft",
    ("/api/connectors/locations/suggest", "q"): "Berl",
}
PATH_IDS: dict[str, Any] = {
    "JobId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    "CompanyId": "5b0f6c1e-2d3a-4b8c-9e7f-1a2b3c4d5e6f",
    "ProfileId": "f9e8d7c6-5432-1abc-def0-fedcba987654",
    "SessionId": "6f1d2b3c-4a5e-4f60-9b7a-8c9d0e1f2a3b",
    "ApplicationId": "f3b9c2d1-7e8a-4b5c-9d0e-1f2a3b4c5d6e",
}
HEADERS: dict[str, Any] = {
    "Retry-After": "60",
    "X-RateLimit-Limit": 360,
    "X-RateLimit-Remaining": 59,
    "X-RateLimit-Reset": 1709510400,
    "X-Credits-Deducted": 75,
    "X-Credits-Balance": 4200,
    "X-Credits-Required": 25,
    "X-Has-More": True,
    "X-Total-Count": 812,
    "X-Total-Pages": 33,
    "X-Page": 1,
    "Location": "/api/auto-apply/profiles/8c5e6d0a-9f2b-4c1e-b7a3-2f4d5e6a7b8c",
}

# components/examples: name → (summary, fixture or a callable building the value from fixtures).
EXAMPLES: dict[str, tuple[str, str]] = {
    "SearchResponse": ("A page of search results with facets", "search-response.json"),
    "SearchResponseWithExtensions": (
        "Search results with warnings and interpreted filters",
        "search-response-with-extensions.json",
    ),
    "SearchRequest": ("Advanced search", "search-advanced-request.json"),
    "Job": ("A fully populated job", "job.json"),
    "FeedRequestInitial": ("First feed request, with filters", "feed-request-initial.json"),
    "FeedRequestContinuation": ("Continuation: the cursor only", "feed-request-continuation.json"),
    "FeedPageFirst": ("First batch", "feed-page-first.json"),
    "FeedPageLast": ("Last batch", "feed-page-last.json"),
    "ManagedFeedRequest": ("Managed feed request", "managed-feed-request.json"),
    "ExpiredIdsPage": ("A page of expired ids", "expired-ids-page.json"),
    "CareerSiteFeedRequest": ("Career sites feed request", "career-sites-feed-request.PARTIAL.json"),
    "CareerSiteFeedPage": ("A career sites batch", "career-sites-feed-page.PARTIAL.json"),
    "Company": ("A company profile", "company.json"),
    "CompanyJobsPage": ("A page of the company's jobs", "company-jobs-page.json"),
    "GeocodeSuccess": ("A city", "geocode-success.json"),
    "GeocodeCompound": ("A compound input", "geocode-compound.json"),
    "GeocodeRemote": ("A remote keyword", "geocode-remote.json"),
    "GeocodeFailure": ("A placeholder that cannot be resolved", "geocode-failure.json"),
    "ConnectorFilters": ("Filter vocabulary and sources", "connectors-filters.json"),
    "FilterOptions": ("Options of the sources facet", "connectors-filter-options.json"),
    "LocationSuggestions": ("Suggestions for a partial input", "connectors-locations-suggest.json"),
    "ProfileInput": ("A structured profile", "auto-apply-B-profile-create-request.PARTIAL.json"),
    "Profile": ("A profile", "status-201-seed-created.json"),
    "ProfileList": ("The account's profiles", "status-201-seed-created.json"),
    "ProfileImport": ("An import that finished", "auto-apply-B-profile-import-response.json"),
    "ProfileImportRequest": ("A resume upload", ""),
    "SessionAnswers": ("Answers to two fields", "auto-apply-B-session-answers-request.json"),
    "Session": ("A session waiting for answers", "auto-apply-B-session.json"),
    "Application": ("A submitted application", "auto-apply-B-application.json"),
}

# (path, method) → request example names, 2xx response example names (the first is what mocks serve).
OPERATION_EXAMPLES: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("/api/jobs", "get"): ((), ("SearchResponse",)),
    ("/api/jobs/search", "post"): (("SearchRequest",), ("SearchResponseWithExtensions", "SearchResponse")),
    ("/api/jobs/{id}", "get"): ((), ("Job",)),
    ("/api/jobs/feed", "post"): (
        ("FeedRequestInitial", "FeedRequestContinuation"),
        ("FeedPageFirst", "FeedPageLast"),
    ),
    ("/api/jobs/feed/managed", "post"): (("ManagedFeedRequest",), ("FeedPageFirst", "FeedPageLast")),
    ("/api/jobs/expired", "get"): ((), ("ExpiredIdsPage",)),
    ("/api/career-sites/feed", "post"): (("CareerSiteFeedRequest",), ("CareerSiteFeedPage",)),
    ("/api/companies/{id}", "get"): ((), ("Company",)),
    ("/api/companies/{id}/jobs", "get"): ((), ("CompanyJobsPage",)),
    ("/api/locations/geocode", "get"): (
        (),
        ("GeocodeSuccess", "GeocodeCompound", "GeocodeRemote", "GeocodeFailure"),
    ),
    ("/api/connectors/filters", "get"): ((), ("ConnectorFilters",)),
    ("/api/connectors/filter-options/{facet}", "get"): ((), ("FilterOptions",)),
    ("/api/connectors/locations/suggest", "get"): ((), ("LocationSuggestions",)),
    ("/api/auto-apply/profiles", "post"): (("ProfileInput",), ("Profile",)),
    ("/api/auto-apply/profiles", "get"): ((), ("ProfileList",)),
    ("/api/auto-apply/profiles/{id}", "get"): ((), ("Profile",)),
    ("/api/auto-apply/profiles/import", "post"): (("ProfileImportRequest",), ("ProfileImport",)),
    ("/api/auto-apply/sessions/{id}/answers", "post"): (("SessionAnswers",), ("Session",)),
    ("/api/auto-apply/applications/{id}", "get"): ((), ("Application",)),
}


def load_fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def example_value(name: str) -> Any:
    """The body of one components/examples entry. The profile is the seed's created profile completed
    with the structured members it was created from, so the create request and its answer agree."""
    if name == "ProfileImportRequest":
        return {"file": "resume.pdf"}
    if name == "ProfileList":
        return [example_value("Profile")]
    value = load_fixture(EXAMPLES[name][1])
    if name == "Profile":
        value = {
            **value,
            "status": "ready",
            "import_error": None,
            "updated_at": value["created_at"],
            **{k: v for k, v in load_fixture(EXAMPLES["ProfileInput"][1]).items() if k != "name"},
        }
    return value


# --- collecting property values ---------------------------------------------------------------------


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def collect(spec: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """(schema, property) → first non-null scalar value found in the fixtures."""
    schemas = spec["components"]["schemas"]
    found: dict[tuple[str, str], Any] = {}

    def walk(node: dict[str, Any], value: Any, owner: str | None) -> None:
        name = _ref_name(node)
        if name is not None:
            walk(schemas[name], value, name)
            return
        for branch in node.get("anyOf", []):
            walk(branch, value, owner)
        if isinstance(value, list) and isinstance(node.get("items"), dict):
            for item in value:
                walk(node["items"], item, owner)
        if isinstance(value, dict) and owner is not None:
            props = node.get("properties", {})
            for key, sub in value.items():
                if key in props:
                    if sub is not None and not isinstance(sub, dict | list):
                        found.setdefault((owner, key), sub)
                    walk(props[key], sub, None)
                elif isinstance(node.get("additionalProperties"), dict):
                    walk(node["additionalProperties"], sub, None)

    for fixture, schema in FIXTURE_SCHEMAS:
        walk({"$ref": f"#/components/schemas/{schema}"}, load_fixture(fixture), None)
    return found


def _scalar(node: dict[str, Any]) -> bool:
    types = node.get("type")
    types = types if isinstance(types, list) else [types]
    return "$ref" not in node and not {"object", "array"} & set(types) and None not in types


# --- editing the text -------------------------------------------------------------------------------


def flow(value: Any) -> str:
    """A YAML scalar that reads like the JSON it is (strings quoted, so `true`-like text stays text)."""
    return json.dumps(value, ensure_ascii=False)


def add_to_line(line: str, indent: int, value: Any) -> list[str]:
    """Add ``example`` to one mapping entry: inside a one-line flow mapping, else as a child line."""
    stripped = line.rstrip()
    if _is_flow_mapping(stripped):
        return [f"{stripped[:-1]}, example: {flow(value)}}}"]
    return [stripped, f"{' ' * (indent + 2)}example: {flow(value)}"]


def _is_flow_mapping(line: str) -> bool:
    """``key: {...}`` on one line (the value may itself contain braces inside quotes)."""
    if not line.endswith("}"):
        return False
    try:
        parsed = yaml.safe_load(line.strip())
    except yaml.YAMLError:
        return False
    return isinstance(parsed, dict) and len(parsed) == 1 and isinstance(next(iter(parsed.values())), dict)


def has_example_flow(line: str) -> bool:
    return "example:" in line or "examples:" in line


def block_end(lines: list[str], start: int, indent: int) -> int:
    """Index after the block whose header line is ``lines[start]`` at ``indent``."""
    i = start + 1
    while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
        i += 1
    return i


def child_has_example(lines: list[str], start: int, indent: int) -> bool:
    end = block_end(lines, start, indent)
    pad = " " * (indent + 2)
    return has_example_flow(lines[start]) or any(
        line.startswith(pad + "example:") or line.startswith(pad + "examples:")
        for line in lines[start + 1 : end]
    )


def find_key(lines: list[str], key: str, indent: int, start: int = 0, end: int | None = None) -> int:
    pattern = re.compile(rf"^ {{{indent}}}{re.escape(key)}:( |$)")
    for i in range(start, len(lines) if end is None else end):
        if pattern.match(lines[i]):
            return i
    raise KeyError(f"{key!r} at indent {indent} not found")


def edit_schemas(lines: list[str], spec: dict[str, Any], values: dict[tuple[str, str], Any]) -> list[str]:
    missing: list[str] = []
    schemas_at = find_key(lines, "schemas", 2, find_key(lines, "components", 0))
    for name, schema in spec["components"]["schemas"].items():
        for prop, node in schema.get("properties", {}).items():
            if not _scalar(node) or "example" in node or "examples" in node:
                continue
            if (name, prop) in values:
                value = values[(name, prop)]
            elif (name, prop) in FALLBACK:
                value = FALLBACK[(name, prop)]
            else:
                missing.append(f"{name}.{prop}")
                continue
            start = find_key(lines, name, 4, schemas_at)
            props = find_key(lines, "properties", 6, start, block_end(lines, start, 4))
            at = find_key(lines, prop, 8, props, block_end(lines, props, 6))
            if not child_has_example(lines, at, 8):
                lines[at : at + 1] = add_to_line(lines[at], 8, value)
    return missing


def edit_parameters(lines: list[str]) -> None:
    """Inline parameters (``- name: x`` items) and components/parameters get a parameter-level example."""
    i = 0
    path = ""
    while i < len(lines):
        if re.match(r"^  /", lines[i]):
            path = lines[i].strip().rstrip(":")
        match = re.match(r"^( *)- name: (\S+)$", lines[i])
        if match and match.group(2) in PARAMETERS:
            value = OPERATION_PARAMETERS.get((path, match.group(2)), PARAMETERS[match.group(2)])
            indent = len(match.group(1)) + 2
            end = block_end(lines, i, len(match.group(1)))
            body = lines[i + 1 : end]
            if not any(line.startswith(" " * indent + "example") for line in body):
                schema_at = next(j for j in range(i + 1, end) if lines[j].strip().startswith("schema:"))
                schema_end = block_end(lines, schema_at, indent)
                lines.insert(schema_end, f"{' ' * indent}example: {flow(value)}")
        i += 1
    params_at = find_key(lines, "parameters", 2, find_key(lines, "components", 0))
    # Shared parameters are listed under their component names, not their query names.
    shared = {"Page": PARAMETERS["page"], "PageSize": PARAMETERS["page_size"], **PATH_IDS}
    for component, value in shared.items():
        _component_example(lines, params_at, component, value)


def _component_example(lines: list[str], section_at: int, component: str, value: Any) -> None:
    start = find_key(lines, component, 4, section_at, block_end(lines, section_at, 2))
    if child_has_example(lines, start, 4):
        return
    lines.insert(block_end(lines, start, 4), f"      example: {flow(value)}")


def edit_headers(lines: list[str]) -> None:
    headers_at = find_key(lines, "headers", 2, find_key(lines, "components", 0))
    for name, value in HEADERS.items():
        start = find_key(lines, name, 4, headers_at, block_end(lines, headers_at, 2))
        if not child_has_example(lines, start, 4):
            lines.insert(block_end(lines, start, 4), f"      example: {flow(value)}")


def edit_operations(lines: list[str]) -> None:
    """Media types of request bodies and 2xx responses refer to ``components/examples``."""
    paths_at = find_key(lines, "paths", 0)
    for (path, method), (requests, responses) in OPERATION_EXAMPLES.items():
        path_at = find_key(lines, path, 2, paths_at)
        op_at = find_key(lines, method, 4, path_at, block_end(lines, path_at, 2))
        op_end = block_end(lines, op_at, 4)
        targets: list[tuple[int, tuple[str, ...]]] = []
        if requests:
            body_at = find_key(lines, "requestBody", 6, op_at, op_end)
            targets.append((body_at, requests))
        responses_at = find_key(lines, "responses", 6, op_at, op_end)
        for status in ("'200'", "'201'", "'202'"):
            try:
                targets.append((find_key(lines, status, 8, responses_at, op_end), responses))
            except KeyError:
                continue
        # Bottom-up, so earlier indices stay valid.
        for at, names in sorted(targets, reverse=True):
            block_indent = len(lines[at]) - len(lines[at].lstrip())
            end = block_end(lines, at, block_indent)
            content_at = find_key(lines, "content", block_indent + 2, at, end)
            media_at = content_at + 1
            media_indent = block_indent + 4
            if child_has_example(lines, media_at, media_indent):
                continue
            media_end = block_end(lines, media_at, media_indent)
            pad = " " * (media_indent + 2)
            new = [f"{pad}examples:"] + [
                f"{pad}  {name}: {{$ref: '#/components/examples/{name}'}}" for name in names
            ]
            lines[media_end:media_end] = new


def edit_examples_section(lines: list[str]) -> None:
    """Append ``components/examples`` (block YAML, the fixtures' key order) when it is not there yet."""
    components_at = find_key(lines, "components", 0)
    try:
        find_key(lines, "examples", 2, components_at)
        return
    except KeyError:
        pass
    body = {
        name: {"summary": summary, "value": example_value(name)}
        for name, (summary, _fixture) in EXAMPLES.items()
    }
    text = yaml.safe_dump({"examples": body}, sort_keys=False, allow_unicode=True, width=110)
    insert_at = find_key(lines, "schemas", 2, components_at)
    lines[insert_at:insert_at] = ["  " + line if line else line for line in text.splitlines()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="report what is missing; change nothing")
    args = parser.parse_args(argv)
    text = SPEC.read_text(encoding="utf-8")
    spec = yaml.safe_load(text)
    lines = text.splitlines()
    missing = edit_schemas(lines, spec, collect(spec))
    edit_parameters(lines)
    edit_headers(lines)
    edit_operations(lines)
    edit_examples_section(lines)
    new_text = "\n".join(lines) + "\n"
    if missing:
        print("no example value for: " + ", ".join(missing), file=sys.stderr)
    if args.check:
        changed = new_text != text
        if changed:
            print("spec_examples: examples are missing; run scripts/spec_examples.py", file=sys.stderr)
        return 1 if changed or missing else 0
    yaml.safe_load(new_text)  # refuse to write text that no longer parses
    SPEC.write_text(new_text, encoding="utf-8")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
