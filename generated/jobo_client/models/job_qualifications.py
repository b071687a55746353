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
            _must_have_d = _must_have
            if type(_must_have_d) is not dict:
                _must_have_d = dict(_must_have_d)
            must_have = _new_instance(QualificationBucket)
            must_have.education = _must_have_d.get("education", UNSET)
            must_have.certifications = _must_have_d.get("certifications", UNSET)
            _must_have_skills = _must_have_d.get("skills", UNSET)
            must_have.skills = UNSET
            if _must_have_skills is not UNSET:
                must_have_skills = []
                for _must_have_skills_item_d in _must_have_skills:
                    if type(_must_have_skills_item_d) is not dict:
                        _must_have_skills_item_d = dict(_must_have_skills_item_d)
                    must_have_skills_item = _new_instance(QualificationSkill)
                    must_have_skills_item.name = _must_have_skills_item_d["name"]
                    must_have_skills_item.type_ = _must_have_skills_item_d.get("type", UNSET)
                    must_have_skills_item.additional_properties = {}
                    if (
                        len(_must_have_skills_item_d) != 1 + (must_have_skills_item.type_ is not UNSET)
                        and not _must_have_skills_item_d.keys() <= _QualificationSkill_PROPERTY_NAMES
                    ):
                        must_have_skills_item.additional_properties = {
                            k: v
                            for k, v in _must_have_skills_item_d.items()
                            if k not in _QualificationSkill_PROPERTY_NAMES
                        }

                    must_have_skills.append(must_have_skills_item)
                must_have.skills = must_have_skills
            must_have.additional_properties = {}
            if (
                len(_must_have_d)
                != 0
                + (must_have.education is not UNSET)
                + (must_have.certifications is not UNSET)
                + (must_have.skills is not UNSET)
                and not _must_have_d.keys() <= _QualificationBucket_PROPERTY_NAMES
            ):
                must_have.additional_properties = {
                    k: v for k, v in _must_have_d.items() if k not in _QualificationBucket_PROPERTY_NAMES
                }

        _preferred = d.get("preferred", UNSET)
        preferred: QualificationBucket | Unset
        if isinstance(_preferred, Unset):
            preferred = UNSET
        else:
            _preferred_d = _preferred
            if type(_preferred_d) is not dict:
                _preferred_d = dict(_preferred_d)
            preferred = _new_instance(QualificationBucket)
            preferred.education = _preferred_d.get("education", UNSET)
            preferred.certifications = _preferred_d.get("certifications", UNSET)
            _preferred_skills = _preferred_d.get("skills", UNSET)
            preferred.skills = UNSET
            if _preferred_skills is not UNSET:
                preferred_skills = []
                for _preferred_skills_item_d in _preferred_skills:
                    if type(_preferred_skills_item_d) is not dict:
                        _preferred_skills_item_d = dict(_preferred_skills_item_d)
                    preferred_skills_item = _new_instance(QualificationSkill)
                    preferred_skills_item.name = _preferred_skills_item_d["name"]
                    preferred_skills_item.type_ = _preferred_skills_item_d.get("type", UNSET)
                    preferred_skills_item.additional_properties = {}
                    if (
                        len(_preferred_skills_item_d) != 1 + (preferred_skills_item.type_ is not UNSET)
                        and not _preferred_skills_item_d.keys() <= _QualificationSkill_PROPERTY_NAMES
                    ):
                        preferred_skills_item.additional_properties = {
                            k: v
                            for k, v in _preferred_skills_item_d.items()
                            if k not in _QualificationSkill_PROPERTY_NAMES
                        }

                    preferred_skills.append(preferred_skills_item)
                preferred.skills = preferred_skills
            preferred.additional_properties = {}
            if (
                len(_preferred_d)
                != 0
                + (preferred.education is not UNSET)
                + (preferred.certifications is not UNSET)
                + (preferred.skills is not UNSET)
                and not _preferred_d.keys() <= _QualificationBucket_PROPERTY_NAMES
            ):
                preferred.additional_properties = {
                    k: v for k, v in _preferred_d.items() if k not in _QualificationBucket_PROPERTY_NAMES
                }

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
from ..models.qualification_bucket import _PROPERTY_NAMES as _QualificationBucket_PROPERTY_NAMES
from ..models.qualification_bucket import QualificationBucket
from ..models.qualification_skill import _PROPERTY_NAMES as _QualificationSkill_PROPERTY_NAMES
from ..models.qualification_skill import QualificationSkill
