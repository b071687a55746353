from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="JobQualifications")


@_attrs_define
class JobQualifications:
    """
    Attributes:
        must_have (QualificationBucket | Unset):
        preferred (QualificationBucket | Unset):
    """

    must_have: QualificationBucket | Unset = UNSET
    preferred: QualificationBucket | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        must_have: dict[str, Any] | Unset = UNSET
        if not isinstance(self.must_have, Unset):
            must_have = self.must_have.to_dict()

        preferred: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred, Unset):
            preferred = self.preferred.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if must_have is not UNSET:
            field_dict["must_have"] = must_have
        if preferred is not UNSET:
            field_dict["preferred"] = preferred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _must_have = d.get("must_have", UNSET)
        must_have: QualificationBucket | Unset
        if isinstance(_must_have, Unset):
            must_have = UNSET
        else:
            must_have = _QualificationBucket_from_dict(_must_have)

        _preferred = d.get("preferred", UNSET)
        preferred: QualificationBucket | Unset
        if isinstance(_preferred, Unset):
            preferred = UNSET
        else:
            preferred = _QualificationBucket_from_dict(_preferred)

        if cls is JobQualifications:
            job_qualifications = _new_instance(cls)
            job_qualifications.must_have = must_have
            job_qualifications.preferred = preferred
            job_qualifications.additional_properties = {}
        else:
            job_qualifications = cls(
                must_have,
                preferred,
            )

        if len(d) != 0 + (must_have is not UNSET) + (preferred is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            job_qualifications.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return job_qualifications

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
        "must_have",
        "preferred",
    )
)

# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.qualification_bucket import QualificationBucket

# X.from_dict bound once: a classmethod looked up on its class builds a new bound method on every call
# (LOAD_ATTR on a class is not specialised on 3.11), which was a fifth of the cost of a small model.
_QualificationBucket_from_dict = QualificationBucket.from_dict
