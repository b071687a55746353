from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

_new_instance = object.__new__

from io import BytesIO

from ..types import File

T = TypeVar("T", bound="ProfileImportRequest")


@_attrs_define
class ProfileImportRequest:
    """
    Attributes:
        file (File): The resume — PDF, DOCX, TXT, RTF or MD, at most 10 MB. Example: resume.pdf.
    """

    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        file = File(payload=BytesIO(d["file"]))

        if cls is ProfileImportRequest:
            profile_import_request = _new_instance(cls)
            profile_import_request.file = file
            profile_import_request.additional_properties = {}
        else:
            profile_import_request = cls(
                file,
            )

        if len(d) != 1 and not d.keys() <= _PROPERTY_NAMES:
            profile_import_request.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_import_request

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


_PROPERTY_NAMES = frozenset(("file",))
