"""The generated operations the facade calls, each imported on its first call.

``jobo_client.api.<tag>.<name>`` modules are loaded only when an operation is first used, so importing
``jobo_ext`` loads none of them (issue 17). One table serves the sync and the async resources.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class Endpoint:
    """One generated operation module, ``jobo_client.api.<tag>.<name>``, imported on first use.

    It stands in for the module: ``__name__`` is the module's, and any other attribute (``sync_detailed``,
    ``asyncio_detailed``, …) is the module's own, importing it if need be.
    """

    def __init__(self, tag: str, name: str) -> None:
        self.tag = tag
        self.name = name
        self.__name__ = f"jobo_client.api.{tag}.{name}"
        first, *rest = name.split("_")
        # The generator names the module after the operationId in snake case; a drift test checks both.
        self.operation_id = first + "".join(word.capitalize() for word in rest)
        self._module: ModuleType | None = None

    @property
    def module(self) -> ModuleType:
        if self._module is None:
            self._module = importlib.import_module(self.__name__)
        return self._module

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__") or attribute == "_module":  # copy/pickle probes, a half-built object
            raise AttributeError(attribute)
        return getattr(self.module, attribute)

    def request(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The ``httpx`` request arguments the generated code would send, without sending them.

        This uses the generated module's private ``_get_kwargs``: openapi-python-client has no public
        way to build a request without parsing the response into a model. The dependency is owned by
        ``tests/test_generated_seams.py``, which fails if a generator upgrade renames it or changes
        its parameters.
        """
        request: dict[str, Any] = self.module._get_kwargs(*args, **kwargs)
        return request

    def parse(self, client: Any, response: httpx.Response) -> Any:
        """What the generated functions return as ``.parsed`` for ``response``.

        The module's private ``_parse_response``, owned like ``_get_kwargs`` by
        ``tests/test_generated_seams.py``.
        """
        return self.module._parse_response(client=client, response=response)

    def __repr__(self) -> str:
        return f"Endpoint({self.tag!r}, {self.name!r})"


get_auto_apply_application = Endpoint("auto_apply", "get_auto_apply_application")
submit_auto_apply_session_answers = Endpoint("auto_apply", "submit_auto_apply_session_answers")
create_auto_apply_profile = Endpoint("auto_apply_profiles", "create_auto_apply_profile")
get_auto_apply_profile = Endpoint("auto_apply_profiles", "get_auto_apply_profile")
import_auto_apply_profile = Endpoint("auto_apply_profiles", "import_auto_apply_profile")
list_auto_apply_profiles = Endpoint("auto_apply_profiles", "list_auto_apply_profiles")
get_career_site_feed = Endpoint("career_sites_feed", "get_career_site_feed")
get_company = Endpoint("companies", "get_company")
get_company_jobs = Endpoint("companies", "get_company_jobs")
get_connector_filter_options = Endpoint("filters", "get_connector_filter_options")
get_connector_filters = Endpoint("filters", "get_connector_filters")
get_expired_job_ids = Endpoint("jobs_feed", "get_expired_job_ids")
get_job_feed = Endpoint("jobs_feed", "get_job_feed")
get_managed_job_feed = Endpoint("jobs_feed", "get_managed_job_feed")
get_job = Endpoint("jobs_search", "get_job")
search_jobs = Endpoint("jobs_search", "search_jobs")
search_jobs_post = Endpoint("jobs_search", "search_jobs_post")
geocode_location = Endpoint("locations", "geocode_location")
suggest_locations = Endpoint("locations", "suggest_locations")
