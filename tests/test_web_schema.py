"""schemathesis against the API's OpenAPI spec: generated requests to every operation, on
the example corpus; no request may make the server fail (5xx), and every response
must match the spec (status codes, content types, bodies).

Driven through Hypothesis directly (one bounded run per operation): schemathesis's own
pytest integration does not run under this pytest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from retold.web import create_app

EXAMPLES_PER_OPERATION = 25


@pytest.fixture(scope="module")
def operations(example_db: Path) -> dict[str, Any]:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(example_db))
    found = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        found[f"{operation.method.upper()} {operation.path}"] = operation
    return found


def test_every_api_operation_is_in_the_spec(operations: dict[str, Any]) -> None:
    expected = {
        "stories",
        "stories/{story_id}",
        "articles",
        "articles/{article_id}",
        "quotes",
        "people",
        "people/{name}",
        "outlets",
        "outlets/{name}",
        "findings",
        "search",
        "export/{record}",
        "stories/{story_id}/coverage",
    }
    assert {key.removeprefix("GET /api/") for key in operations} == expected


def test_the_api_keeps_its_spec(operations: dict[str, Any]) -> None:
    for name, operation in sorted(operations.items()):

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            case.call_and_validate()

        try:
            check()
        except Exception as exc:
            raise AssertionError(f"{name}: {exc}") from exc
