from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body. Accepts both shapes the API is known to send: the documented `{status, error, message}`
    (402 adds `credits_required`/`credits_balance`, 429 adds `retry_after`) and RFC 9457 problem
    details (`detail`, `title`, `code`, `api_version`, `retry_after_seconds`, `replacement_request`).
    Every member is optional; unknown members are allowed.

        Attributes:
            status (int | Unset): The HTTP status code. Example: 409.
            error (str | Unset): Short label, e.g. "Bad Request"; some problem bodies use it instead of `detail`. Example:
                Insufficient credits.
            message (str | Unset): Human-readable explanation (documented shape). Example: Rate limit exceeded. Try again in
                60 seconds..
            title (str | Unset): Problem title. Example: Conflict.
            detail (str | Unset): Human-readable explanation (problem details). Example: Cursor expired..
            code (str | Unset): Stable machine-readable code, e.g. `feed_cursor_restart_required`, `auto_apply_coming_soon`.
                Example: feed_cursor_restart_required.
            api_version (str | Unset): Version of the API contract that produced the error. Example: 3.0.0.
            type_ (str | Unset): Problem type URI (not documented by Jobo). Example:
                https://connect.jobo.world/problems/feed-cursor-restart-required.
            instance (str | Unset): Problem instance URI (not documented by Jobo). Example: /api/jobs/feed.
            credits_required (int | Unset): Credits the request needed (402). Example: 10.
            credits_balance (int | Unset): Wallet balance at the failed precheck (402). Example: 3.
            retry_after (float | Unset): Seconds to wait (429, documented shape). Example: 60.
            retry_after_seconds (float | Unset): Seconds to wait (429, problem details) when no Retry-After header is sent.
                Example: 3.
            replacement_request (ErrorResponseReplacementRequest | Unset): The feed request body to replay after a
                `feed_cursor_restart_required` conflict.
            errors (list[Any] | Unset): Per-field validation errors (item shape not documented).
    """

    status: int | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    code: str | Unset = UNSET
    api_version: str | Unset = UNSET
    type_: str | Unset = UNSET
    instance: str | Unset = UNSET
    credits_required: int | Unset = UNSET
    credits_balance: int | Unset = UNSET
    retry_after: float | Unset = UNSET
    retry_after_seconds: float | Unset = UNSET
    replacement_request: ErrorResponseReplacementRequest | Unset = UNSET
    errors: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error = self.error

        message = self.message

        title = self.title

        detail = self.detail

        code = self.code

        api_version = self.api_version

        type_ = self.type_

        instance = self.instance

        credits_required = self.credits_required

        credits_balance = self.credits_balance

        retry_after = self.retry_after

        retry_after_seconds = self.retry_after_seconds

        replacement_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replacement_request, Unset):
            replacement_request = self.replacement_request.to_dict()

        errors: list[Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if code is not UNSET:
            field_dict["code"] = code
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if instance is not UNSET:
            field_dict["instance"] = instance
        if credits_required is not UNSET:
            field_dict["credits_required"] = credits_required
        if credits_balance is not UNSET:
            field_dict["credits_balance"] = credits_balance
        if retry_after is not UNSET:
            field_dict["retry_after"] = retry_after
        if retry_after_seconds is not UNSET:
            field_dict["retry_after_seconds"] = retry_after_seconds
        if replacement_request is not UNSET:
            field_dict["replacement_request"] = replacement_request
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        status = d.get("status", UNSET)

        error = d.get("error", UNSET)

        message = d.get("message", UNSET)

        title = d.get("title", UNSET)

        detail = d.get("detail", UNSET)

        code = d.get("code", UNSET)

        api_version = d.get("api_version", UNSET)

        type_ = d.get("type", UNSET)

        instance = d.get("instance", UNSET)

        credits_required = d.get("credits_required", UNSET)

        credits_balance = d.get("credits_balance", UNSET)

        retry_after = d.get("retry_after", UNSET)

        retry_after_seconds = d.get("retry_after_seconds", UNSET)

        _replacement_request = d.get("replacement_request", UNSET)
        replacement_request: ErrorResponseReplacementRequest | Unset
        if isinstance(_replacement_request, Unset):
            replacement_request = UNSET
        else:
            replacement_request = _ErrorResponseReplacementRequest_from_dict(_replacement_request)

        errors = d.get("errors", UNSET)

        if cls is ErrorResponse:
            error_response = _new_instance(cls)
            error_response.status = status
            error_response.error = error
            error_response.message = message
            error_response.title = title
            error_response.detail = detail
            error_response.code = code
            error_response.api_version = api_version
            error_response.type_ = type_
            error_response.instance = instance
            error_response.credits_required = credits_required
            error_response.credits_balance = credits_balance
            error_response.retry_after = retry_after
            error_response.retry_after_seconds = retry_after_seconds
            error_response.replacement_request = replacement_request
            error_response.errors = errors
            error_response.additional_properties = {}
        else:
            error_response = cls(
                status,
                error,
                message,
                title,
                detail,
                code,
                api_version,
                type_,
                instance,
                credits_required,
                credits_balance,
                retry_after,
                retry_after_seconds,
                replacement_request,
                errors,
            )

        if (
            len(d)
            != 0
            + (status is not UNSET)
            + (error is not UNSET)
            + (message is not UNSET)
            + (title is not UNSET)
            + (detail is not UNSET)
            + (code is not UNSET)
            + (api_version is not UNSET)
            + (type_ is not UNSET)
            + (instance is not UNSET)
            + (credits_required is not UNSET)
            + (credits_balance is not UNSET)
            + (retry_after is not UNSET)
            + (retry_after_seconds is not UNSET)
            + (replacement_request is not UNSET)
            + (errors is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            error_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return error_response

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
        "status",
        "error",
        "message",
        "title",
        "detail",
        "code",
        "api_version",
        "type",
        "instance",
        "credits_required",
        "credits_balance",
        "retry_after",
        "retry_after_seconds",
        "replacement_request",
        "errors",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.error_response_replacement_request import ErrorResponseReplacementRequest

# X.from_dict bound once: a classmethod looked up on its class builds a new bound method on every call
# (LOAD_ATTR on a class is not specialised on 3.11), which was a fifth of the cost of a small model.
_ErrorResponseReplacementRequest_from_dict = ErrorResponseReplacementRequest.from_dict
