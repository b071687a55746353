from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

_new_instance = object.__new__


T = TypeVar("T", bound="SessionAnswersRequest")


@_attrs_define
class SessionAnswersRequest:
    """
    Attributes:
        answers (list[Answer]):
    """

    answers: list[Answer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        answers = []
        for _answers_item_d in d["answers"]:
            if type(_answers_item_d) is not dict:
                _answers_item_d = dict(_answers_item_d)
            answers_item = _new_instance(Answer)
            answers_item.field_id = _answers_item_d["field_id"]
            answers_item.value = _answers_item_d["value"]
            answers_item.type_ = _answers_item_d.get("type", UNSET)
            answers_item.typeahead_selection = _answers_item_d.get("typeahead_selection", UNSET)
            answers_item.handler_type = _answers_item_d.get("handler_type", UNSET)
            answers_item.clear_first = _answers_item_d.get("clear_first", UNSET)
            answers_item.additional_properties = {}
            if (
                len(_answers_item_d)
                != 2
                + (answers_item.type_ is not UNSET)
                + (answers_item.typeahead_selection is not UNSET)
                + (answers_item.handler_type is not UNSET)
                + (answers_item.clear_first is not UNSET)
                and not _answers_item_d.keys() <= _Answer_PROPERTY_NAMES
            ):
                answers_item.additional_properties = {
                    k: v for k, v in _answers_item_d.items() if k not in _Answer_PROPERTY_NAMES
                }

            answers.append(answers_item)

        if cls is SessionAnswersRequest:
            session_answers_request = _new_instance(cls)
            session_answers_request.answers = answers
            session_answers_request.additional_properties = {}
        else:
            session_answers_request = cls(
                answers,
            )

        if len(d) != 1 and not d.keys() <= _PROPERTY_NAMES:
            session_answers_request.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return session_answers_request

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


_PROPERTY_NAMES = frozenset(("answers",))


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.answer import _PROPERTY_NAMES as _Answer_PROPERTY_NAMES
from ..models.answer import Answer
