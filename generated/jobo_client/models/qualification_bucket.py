from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="QualificationBucket")


@_attrs_define
class QualificationBucket:
    """
    Attributes:
        education (list[str] | Unset):
        certifications (list[str] | Unset):
        skills (list[QualificationSkill] | Unset):
    """

    education: list[str] | Unset = UNSET
    certifications: list[str] | Unset = UNSET
    skills: list[QualificationSkill] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        education: list[str] | Unset = UNSET
        if not isinstance(self.education, Unset):
            education = self.education

        certifications: list[str] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = self.certifications

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if education is not UNSET:
            field_dict["education"] = education
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        education = d.get("education", UNSET)

        certifications = d.get("certifications", UNSET)

        _skills = d.get("skills", UNSET)
        skills: list[QualificationSkill] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for _skills_item_d in _skills:
                if type(_skills_item_d) is not dict:
                    _skills_item_d = dict(_skills_item_d)
                skills_item = _new_instance(QualificationSkill)
                skills_item.name = _skills_item_d["name"]
                skills_item.type_ = _skills_item_d.get("type", UNSET)
                skills_item.additional_properties = {}
                if (
                    len(_skills_item_d) != 1 + (skills_item.type_ is not UNSET)
                    and not _skills_item_d.keys() <= _QualificationSkill_PROPERTY_NAMES
                ):
                    skills_item.additional_properties = {
                        k: v for k, v in _skills_item_d.items() if k not in _QualificationSkill_PROPERTY_NAMES
                    }

                skills.append(skills_item)

        if cls is QualificationBucket:
            qualification_bucket = _new_instance(cls)
            qualification_bucket.education = education
            qualification_bucket.certifications = certifications
            qualification_bucket.skills = skills
            qualification_bucket.additional_properties = {}
        else:
            qualification_bucket = cls(
                education,
                certifications,
                skills,
            )

        if (
            len(d) != 0 + (education is not UNSET) + (certifications is not UNSET) + (skills is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            qualification_bucket.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return qualification_bucket

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
        "education",
        "certifications",
        "skills",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.qualification_skill import _PROPERTY_NAMES as _QualificationSkill_PROPERTY_NAMES
from ..models.qualification_skill import QualificationSkill
