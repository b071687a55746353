from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        answers = [_Answer_from_dict(item) for item in d["answers"]]

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
from ..models.answer import Answer

# X.from_dict bound once: a classmethod looked up on its class builds a new bound method on every call
# (LOAD_ATTR on a class is not specialised on 3.11), which was a fifth of the cost of a small model.
_Answer_from_dict = Answer.from_dict
