from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

_new_instance = object.__new__

import datetime
from uuid import UUID

T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """An Auto Apply application; created `running`, then `submitted` or `failed`.

    Attributes:
        id (UUID):  Example: f3b9c2d1-7e8a-4b5c-9d0e-1f2a3b4c5d6e.
        status (str): `running`, `submitted` or `failed` (an open set). Example: running.
        profile_id (None | Unset | UUID):  Example: 8c5e6d0a-9f2b-4c1e-b7a3-2f4d5e6a7b8c.
        job_url (None | str | Unset):  Example: https://boards.greenhouse.io/acme/jobs/4567890.
        session_id (None | Unset | UUID):  Example: 6f1d2b3c-4a5e-4f60-9b7a-8c9d0e1f2a3b.
        provider_id (None | str | Unset):  Example: greenhouse.
        provider_name (None | str | Unset):  Example: Greenhouse.
        failure_reason (None | str | Unset):  Example: captcha_required.
        error (None | str | Unset):  Example: The employer's form asked for a captcha..
        steps_completed (int | None | Unset):  Example: 3.
        fields_filled (int | None | Unset):  Example: 24.
        duration_ms (int | None | Unset):  Example: 93000.
        step_log (list[ApplicationStep] | Unset):
        created_at (datetime.datetime | None | Unset):  Example: 2026-07-05T10:15:00Z.
        completed_at (datetime.datetime | None | Unset):  Example: 2026-03-03T12:04:10Z.
    """

    id: UUID
    status: str
    profile_id: None | Unset | UUID = UNSET
    job_url: None | str | Unset = UNSET
    session_id: None | Unset | UUID = UNSET
    provider_id: None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    failure_reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    steps_completed: int | None | Unset = UNSET
    fields_filled: int | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    step_log: list[ApplicationStep] | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        profile_id: None | str | Unset
        if isinstance(self.profile_id, Unset):
            profile_id = UNSET
        elif isinstance(self.profile_id, UUID):
            profile_id = str(self.profile_id)
        else:
            profile_id = self.profile_id

        job_url: None | str | Unset
        if isinstance(self.job_url, Unset):
            job_url = UNSET
        else:
            job_url = self.job_url

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        steps_completed: int | None | Unset
        if isinstance(self.steps_completed, Unset):
            steps_completed = UNSET
        else:
            steps_completed = self.steps_completed

        fields_filled: int | None | Unset
        if isinstance(self.fields_filled, Unset):
            fields_filled = UNSET
        else:
            fields_filled = self.fields_filled

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        step_log: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_log, Unset):
            step_log = []
            for step_log_item_data in self.step_log:
                step_log_item = step_log_item_data.to_dict()
                step_log.append(step_log_item)

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id
        if job_url is not UNSET:
            field_dict["job_url"] = job_url
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if error is not UNSET:
            field_dict["error"] = error
        if steps_completed is not UNSET:
            field_dict["steps_completed"] = steps_completed
        if fields_filled is not UNSET:
            field_dict["fields_filled"] = fields_filled
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if step_log is not UNSET:
            field_dict["step_log"] = step_log
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        status = d["status"]

        _profile_id = d.get("profile_id", UNSET)
        profile_id: None | Unset | UUID
        if isinstance(_profile_id, str):
            try:
                profile_id_type_0 = parse_uuid(_profile_id)

                profile_id = profile_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                profile_id = _profile_id
        else:
            profile_id = _profile_id

        job_url = d.get("job_url", UNSET)

        _session_id = d.get("session_id", UNSET)
        session_id: None | Unset | UUID
        if isinstance(_session_id, str):
            try:
                session_id_type_0 = parse_uuid(_session_id)

                session_id = session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                session_id = _session_id
        else:
            session_id = _session_id

        provider_id = d.get("provider_id", UNSET)

        provider_name = d.get("provider_name", UNSET)

        failure_reason = d.get("failure_reason", UNSET)

        error = d.get("error", UNSET)

        steps_completed = d.get("steps_completed", UNSET)

        fields_filled = d.get("fields_filled", UNSET)

        duration_ms = d.get("duration_ms", UNSET)

        _step_log = d.get("step_log", UNSET)
        step_log: list[ApplicationStep] | Unset = UNSET
        if _step_log is not UNSET:
            step_log = [_ApplicationStep_from_dict(item) for item in _step_log]

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at
        else:
            created_at = _created_at

        _completed_at = d.get("completed_at", UNSET)
        completed_at: datetime.datetime | None | Unset
        if isinstance(_completed_at, str):
            try:
                completed_at_type_0 = datetime.datetime.fromisoformat(_completed_at)

                completed_at = completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                completed_at = _completed_at
        else:
            completed_at = _completed_at

        if cls is Application:
            application = _new_instance(cls)
            application.id = id
            application.status = status
            application.profile_id = profile_id
            application.job_url = job_url
            application.session_id = session_id
            application.provider_id = provider_id
            application.provider_name = provider_name
            application.failure_reason = failure_reason
            application.error = error
            application.steps_completed = steps_completed
            application.fields_filled = fields_filled
            application.duration_ms = duration_ms
            application.step_log = step_log
            application.created_at = created_at
            application.completed_at = completed_at
            application.additional_properties = {}
        else:
            application = cls(
                id,
                status,
                profile_id,
                job_url,
                session_id,
                provider_id,
                provider_name,
                failure_reason,
                error,
                steps_completed,
                fields_filled,
                duration_ms,
                step_log,
                created_at,
                completed_at,
            )

        if (
            len(d)
            != 2
            + (profile_id is not UNSET)
            + (job_url is not UNSET)
            + (session_id is not UNSET)
            + (provider_id is not UNSET)
            + (provider_name is not UNSET)
            + (failure_reason is not UNSET)
            + (error is not UNSET)
            + (steps_completed is not UNSET)
            + (fields_filled is not UNSET)
            + (duration_ms is not UNSET)
            + (step_log is not UNSET)
            + (created_at is not UNSET)
            + (completed_at is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            application.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return application

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_PROPERTY_NAMES = frozenset(
    (
        "id",
        "status",
        "profile_id",
        "job_url",
        "session_id",
        "provider_id",
        "provider_name",
        "failure_reason",
        "error",
        "steps_completed",
        "fields_filled",
        "duration_ms",
        "step_log",
        "created_at",
        "completed_at",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.application_step import ApplicationStep

# X.from_dict bound once: a classmethod looked up on its class builds a new bound method on every call
# (LOAD_ATTR on a class is not specialised on 3.11), which was a fifth of the cost of a small model.
_ApplicationStep_from_dict = ApplicationStep.from_dict
