"""OpenAPI: every operation documents the JSON errors it can answer with."""

from typing import Any

from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="A message for people.")
    code = serializers.CharField(help_text="A stable code for programs, e.g. `not_found`.")
    errors = serializers.DictField(  # type: ignore[assignment]
        required=False, help_text="Per-field messages (validation errors only)."
    )


ERROR_STATUSES = ("400", "401", "403", "404", "405", "406", "415", "429")


class WorkbenchAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction: Any = "response") -> Any:
        responses = super()._get_response_bodies(direction)
        for code in ERROR_STATUSES:
            if code not in responses:
                responses[code] = self._get_response_for_code(ErrorSerializer, code)
                responses[code]["description"] = "Error (JSON with a message)."
        return responses
