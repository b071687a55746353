"""Auto Apply (the routes of the docs' current API reference): profiles, resume import, session answers, applications.

Only the routes the documentation confirms by path are served. Sessions and applications cannot be
created through the API (their create routes are unconfirmed), so tests seed them with
:meth:`AutoApplyStore.create_session` / :meth:`AutoApplyStore.create_application` (or the admin
endpoint). Imports and applications advance by polling: an imported profile stays ``importing`` for
``import_polls`` reads, an application stays ``running`` for ``application_polls`` reads.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import threading
import time
from collections.abc import Callable
from typing import Any

from . import vocab
from .api import UUID_RE, ApiResponse, Context, json_response
from .dataset import iso
from .errors import ApiError

IMPORT_EXTENSIONS = (".pdf", ".docx", ".txt", ".rtf", ".md")
IMPORT_MAX_BYTES = 10 * 1024 * 1024
_PROVIDER_NAMES = {sid: name for sid, _, name in vocab.SOURCES}

# The typed members of the spec's `ProfileInput` (other members are allowed and kept as sent).
# Leaves: "str", "str?" (string or null), "bool?", "num?", "strs" (array of strings).
_Shape = dict[str, Any]
_CONTACT: _Shape = {
    k: "str?" for k in ("first_name", "last_name", "preferred_name", "email", "phone", "date_of_birth")
}
_ADDRESS: _Shape = {k: "str?" for k in ("address_line1", "city", "state", "postal_code", "country")}
_LINKS: _Shape = {k: "str?" for k in ("linkedin", "github", "portfolio", "website")}
_WORK: _Shape = {
    **{k: "str?" for k in ("company", "title", "location", "start_date", "end_date", "description")},
    "is_current": "bool?",
}
_EDUCATION: _Shape = {
    k: "str?" for k in ("school", "degree", "field_of_study", "start_date", "end_date", "gpa")
}
_SALARY: _Shape = {"amount": "num?", "currency": "str?", "period": "str?"}
PROFILE_INPUT: _Shape = {
    "name": "str",
    "contact": ("object", _CONTACT),
    "location": ("object", _ADDRESS),
    "links": ("object", _LINKS),
    "work_experience": ("array", _WORK),
    "education": ("array", _EDUCATION),
    "eligibility": ("object", {"work_authorized_countries": "strs", "requires_sponsorship": "bool?"}),
    "preferences": (
        "object",
        {
            "salary_expectation": ("object?", _SALARY),
            "earliest_start_date": "str?",
            "willing_to_relocate": "bool?",
            "remote_preference": "str?",
            "preferred_locations": "strs",
        },
    ),
    "self_identification": (
        "object",
        {k: "str?" for k in ("gender", "ethnicity", "veteran_status", "disability_status")},
    ),
}


def _check_leaf(path: str, value: object, kind: str) -> None:
    ok = {
        "str": isinstance(value, str),
        "str?": value is None or isinstance(value, str),
        "bool?": value is None or isinstance(value, bool),
        "num?": value is None or (isinstance(value, int | float) and not isinstance(value, bool)),
        "strs": isinstance(value, list) and all(isinstance(v, str) for v in value),
    }[kind]
    if not ok:
        what = {"str": "a string", "str?": "a string or null", "bool?": "a boolean or null"}.get(kind)
        what = what or {"num?": "a number or null", "strs": "an array of strings"}[kind]
        raise ApiError(400, f"Parameter '{path}' must be {what}.")


def check_shape(path: str, value: dict[str, Any], shape: _Shape) -> None:
    """Validate the known members of ``value`` against ``shape`` (400 on the first mismatch)."""
    for key, spec in shape.items():
        if key not in value:
            continue
        member, where = value[key], f"{path}{key}"
        if isinstance(spec, str):
            _check_leaf(where, member, spec)
            continue
        kind, inner = spec
        if kind == "object?" and member is None:
            continue
        if kind in {"object", "object?"}:
            if not isinstance(member, dict):
                raise ApiError(400, f"Parameter '{where}' must be an object.")
            check_shape(f"{where}.", member, inner)
        else:
            if not isinstance(member, list) or not all(isinstance(item, dict) for item in member):
                raise ApiError(400, f"Parameter '{where}' must be an array of objects.")
            for n, item in enumerate(member):
                check_shape(f"{where}[{n}].", item, inner)


def _default_fields() -> list[dict[str, Any]]:
    def field(
        fid: str, ftype: str, label: str, required: bool, handler: str | None, options: list[str]
    ) -> dict[str, Any]:
        return {
            "field_id": fid,
            "type": ftype,
            "label": label,
            "is_required": required,
            "options": [{"value": o.lower(), "text": o} for o in options],
            "handler_type": handler,
            "current_value": None,
        }

    return [
        field("first_name", "text", "First name", True, "first-name", []),
        field("last_name", "text", "Last name", True, "last-name", []),
        field("email", "text", "Email", True, "email", []),
        field(
            "work_authorization",
            "select",
            "Are you authorized to work in this country?",
            True,
            None,
            ["Yes", "No"],
        ),
        field("cover_letter", "text_area", "Cover letter", False, None, []),
    ]


class AutoApplyStore:
    """In-memory profiles, sessions and applications (``server.auto_apply``)."""

    def __init__(self, seed: int = 0, clock: Callable[[], float] = time.time) -> None:
        self._lock = threading.Lock()
        self._seed = seed
        self._counter = itertools.count(1)
        self.clock = clock
        self.import_polls = 2
        """Reads of an imported profile that still answer ``importing``."""
        self.application_polls = 2
        """Reads of an application that still answer ``running``."""
        self.profiles: dict[str, dict[str, Any]] = {}
        self.sessions: dict[str, dict[str, Any]] = {}
        self.applications: dict[str, dict[str, Any]] = {}
        self._imports: dict[str, tuple[int, bool]] = {}  # profile id → (reads left, will fail)
        self._application_state: dict[str, tuple[int, bool]] = {}

    def _new_id(self, kind: str) -> str:
        d = hashlib.blake2b(
            f"jobo-mock:{self._seed}:{kind}:{next(self._counter)}".encode(), digest_size=16
        ).digest()
        h = d.hex()
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[d[8] & 3]}{h[17:20]}-{h[20:32]}"

    def _now(self) -> str:
        return iso(self.clock())

    def create_profile(self, data: dict[str, Any], *, status: str = "ready") -> dict[str, Any]:
        """Store a profile built from a ``ProfileInput`` body and return it."""
        now = self._now()
        profile: dict[str, Any] = {
            "id": self._new_id("profile"),
            "name": data.get("name") or "Default",
            "status": status,
            "import_error": None,
            "created_at": now,
            "updated_at": now,
            "contact": None,
            "location": None,
            "links": None,
            "work_experience": [],
            "education": [],
            "eligibility": None,
            "preferences": None,
            "self_identification": None,
        }
        profile.update({k: v for k, v in data.items() if k != "name"})
        with self._lock:
            self.profiles[profile["id"]] = profile
        return profile

    def start_import(self, filename: str, content: bytes) -> dict[str, Any]:
        stem = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "Imported"
        profile = self.create_profile({"name": stem}, status="importing")
        with self._lock:
            self._imports[profile["id"]] = (self.import_polls, not content.strip())
        return profile

    def read_profile(self, profile_id: str) -> dict[str, Any] | None:
        """A profile as a ``GET`` sees it (advancing a pending import by one read)."""
        with self._lock:
            profile = self.profiles.get(profile_id)
            if profile is None:
                return None
            pending = self._imports.get(profile_id)
            if pending is not None:
                left, fails = pending
                if left > 0:
                    self._imports[profile_id] = (left - 1, fails)
                else:
                    del self._imports[profile_id]
                    profile["status"] = "import_failed" if fails else "ready"
                    profile["import_error"] = "The file is empty or could not be read." if fails else None
                    profile["updated_at"] = self._now()
            return dict(profile)

    def create_session(
        self,
        apply_url: str = "https://boards.greenhouse.io/acme/jobs/4567890",
        *,
        provider_id: str = "greenhouse",
        fields: list[dict[str, Any]] | None = None,
        status: str = "form_ready",
    ) -> dict[str, Any]:
        """Seed a session (its create route is unconfirmed, so tests make one here)."""
        session: dict[str, Any] = {
            "id": self._new_id("session"),
            "provider_id": provider_id,
            "provider_name": _PROVIDER_NAMES.get(provider_id, provider_id.title()),
            "status": status,
            "is_terminal": status not in {"form_ready", "next_available", "submit_ready"},
            "error": None,
            "current_url": apply_url,
            "validation_errors": [],
            "fields": fields if fields is not None else _default_fields(),
            "redirect_url": None,
            "redirect_provider_id": None,
        }
        with self._lock:
            self.sessions[session["id"]] = session
        return session

    def create_application(
        self,
        job_url: str = "https://boards.greenhouse.io/acme/jobs/4567890",
        *,
        profile_id: str | None = None,
        provider_id: str = "greenhouse",
        fail: bool = False,
    ) -> dict[str, Any]:
        """Seed an application, ``running`` until read ``application_polls`` times, then
        ``submitted`` (or ``failed`` with ``fail=True``)."""
        now = self._now()
        application: dict[str, Any] = {
            "id": self._new_id("application"),
            "profile_id": profile_id,
            "job_url": job_url,
            "session_id": self._new_id("session"),
            "provider_id": provider_id,
            "provider_name": _PROVIDER_NAMES.get(provider_id, provider_id.title()),
            "status": "running",
            "failure_reason": None,
            "error": None,
            "steps_completed": 0,
            "fields_filled": 0,
            "duration_ms": 0,
            "step_log": [],
            "created_at": now,
            "completed_at": None,
        }
        with self._lock:
            self.applications[application["id"]] = application
            self._application_state[application["id"]] = (self.application_polls, fail)
        return application

    def read_application(self, application_id: str) -> dict[str, Any] | None:
        with self._lock:
            application = self.applications.get(application_id)
            if application is None:
                return None
            pending = self._application_state.get(application_id)
            if pending is not None:
                left, fail = pending
                if left > 0:
                    self._application_state[application_id] = (left - 1, fail)
                    application["steps_completed"] += 1
                    application["fields_filled"] += 6
                    application["duration_ms"] += 31_000
                    application["step_log"].append(_step(len(application["step_log"]) + 1, self._now()))
                else:
                    del self._application_state[application_id]
                    application["status"] = "failed" if fail else "submitted"
                    application["completed_at"] = self._now()
                    if fail:
                        application["failure_reason"] = "correction_limit_exceeded"
                        application["error"] = "The ATS rejected the answers 3 times."
            return dict(application)

    def answer(self, session_id: str, answers: list[dict[str, Any]]) -> dict[str, Any] | None:
        with self._lock:
            session = self.sessions.get(session_id)
            if session is None:
                return None
            if session["is_terminal"]:
                raise ApiError(400, f"Session '{session_id}' has finished (status '{session['status']}').")
            by_id = {f["field_id"]: f for f in session["fields"]}
            errors: list[dict[str, Any]] = []
            for answer in answers:
                target = by_id.get(answer["field_id"])
                if target is None:
                    errors.append({"field_id": answer["field_id"], "message": "Unknown field."})
                    continue
                options = [o["value"] for o in target["options"]]
                if options and answer["value"] not in options:
                    errors.append(
                        {"field_id": answer["field_id"], "message": "Not one of the field's options."}
                    )
                    continue
                target["current_value"] = answer["value"]
            flagged = {e["field_id"] for e in errors}
            for f in session["fields"]:
                if f["is_required"] and not f["current_value"] and f["field_id"] not in flagged:
                    errors.append({"field_id": f["field_id"], "message": "This field is required."})
            session["validation_errors"] = errors
            session["status"] = "form_ready" if errors else "submit_ready"
            return dict(session)


def _step(number: int, timestamp: str) -> dict[str, Any]:
    return {
        "step": number,
        "action": "fill_fields",
        "status": "ok",
        "fields_count": 6,
        "error": None,
        "timestamp": timestamp,
        "fields": [
            {
                "field_id": f"f{number}:name",
                "label": "Full name",
                "type": "text",
                "required": True,
                "value": "Ada Lovelace",
                "status": "filled",
                "options": [],
                "note": None,
                "error": None,
            }
        ],
    }


# ---------------------------------------------------------------------- multipart


def parse_multipart(body: bytes, content_type: str) -> list[tuple[dict[str, str], bytes]]:
    """Split a ``multipart/form-data`` body into (disposition params, content) parts.

    Exact for binary content (no newline translation), which ``email.parser`` does not promise.
    """
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        raise ApiError(400, "The multipart body has no boundary.")
    delimiter = b"--" + match.group(1).encode()
    parts = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk.removeprefix(b"\r\n")
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            raise ApiError(400, "A multipart part has no header block.")
        disposition: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-disposition":
                for key, val in re.findall(r'(\w+)="([^"]*)"', value):
                    disposition[key.lower()] = val
        parts.append((disposition, content.removesuffix(b"\r\n")))
    return parts


# ---------------------------------------------------------------------- routes


def _path_uuid(ctx: Context) -> str:
    value = ctx.request.params["id"]
    if not UUID_RE.match(value):
        raise ApiError(400, "Parameter 'id' must be a valid UUID.")
    return value.lower()


def create_profile(ctx: Context) -> ApiResponse:
    """``POST /api/auto-apply/profiles`` → 201 with the profile and a ``Location`` header."""
    if not ctx.request.body.strip():
        raise ApiError(400, "The request body is required.")
    body = ctx.request.json_object()
    check_shape("", body, PROFILE_INPUT)
    profile = ctx.state.auto_apply.create_profile(body)
    location = f"{ctx.state.base_url}/api/auto-apply/profiles/{profile['id']}"
    return json_response(profile, 201, {"Location": location})


def list_profiles(ctx: Context) -> ApiResponse:
    """``GET /api/auto-apply/profiles`` → a JSON array (oldest first)."""
    store = ctx.state.auto_apply
    profiles = [store.read_profile(pid) for pid in list(store.profiles)]
    return json_response([p for p in profiles if p is not None])


def get_profile(ctx: Context) -> ApiResponse:
    """``GET /api/auto-apply/profiles/{id}`` — 404 with the seed's message for unknown ids."""
    profile_id = _path_uuid(ctx)
    profile = ctx.state.auto_apply.read_profile(profile_id)
    if profile is None:
        raise ApiError(404, f"Profile '{profile_id}' not found.")
    return json_response(profile)


def import_profile(ctx: Context) -> ApiResponse:
    """``POST /api/auto-apply/profiles/import`` → 202 ``{profile_id, status: "importing"}`` + ``Location``."""
    content_type = ctx.request.header("Content-Type") or ""
    if not content_type.lower().startswith("multipart/form-data"):
        raise ApiError(400, "The request must be multipart/form-data with one 'file' field.")
    files = [(d, c) for d, c in parse_multipart(ctx.request.body, content_type) if d.get("name") == "file"]
    if not files:
        raise ApiError(400, "Parameter 'file' is required.")
    if len(files) > 1:
        raise ApiError(400, "Parameter 'file' must be given once.")
    disposition, content = files[0]
    filename = disposition.get("filename", "")
    if not filename.lower().endswith(IMPORT_EXTENSIONS):
        ext = "." + filename.rsplit(".", 1)[-1] if "." in filename else "(none)"
        raise ApiError(400, f"Unsupported file type '{ext}'. Upload a PDF, DOCX, TXT, RTF or MD file.")
    if len(content) > IMPORT_MAX_BYTES:
        raise ApiError(400, "The file exceeds the 10 MB limit.")
    profile = ctx.state.auto_apply.start_import(filename, content)
    location = f"{ctx.state.base_url}/api/auto-apply/profiles/{profile['id']}"
    return json_response({"profile_id": profile["id"], "status": "importing"}, 202, {"Location": location})


def submit_answers(ctx: Context) -> ApiResponse:
    """``POST /api/auto-apply/sessions/{id}/answers`` → the updated session."""
    session_id = _path_uuid(ctx)
    body = ctx.request.json_object()
    answers = body.get("answers")
    if not isinstance(answers, list) or not answers:
        raise ApiError(400, "Parameter 'answers' must contain at least one answer.")
    for n, answer in enumerate(answers):
        if not isinstance(answer, dict):
            raise ApiError(400, f"Parameter 'answers[{n}]' must be an object.")
        for key in ("field_id", "value"):
            if not isinstance(answer.get(key), str):
                raise ApiError(400, f"Parameter 'answers[{n}].{key}' must be a string.")
    session = ctx.state.auto_apply.answer(session_id, answers)
    if session is None:
        raise ApiError(404, f"Session '{session_id}' not found.")
    return json_response(session)


def get_application(ctx: Context) -> ApiResponse:
    """``GET /api/auto-apply/applications/{id}``."""
    application_id = _path_uuid(ctx)
    application = ctx.state.auto_apply.read_application(application_id)
    if application is None:
        raise ApiError(404, f"Application '{application_id}' not found.")
    return json_response(application)
