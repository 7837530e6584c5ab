"""Every API error is JSON with a message: `{"detail": str, "code": str, ...}`, never HTML."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.services.review import StaleRevision, VerdictRequired

logger = logging.getLogger(__name__)


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The resource changed since you read it."
    default_code = "stale_revision"


def _code(exc: Exception, default: str) -> str:
    codes = getattr(exc, "get_codes", None)
    value = codes() if codes else default
    return value if isinstance(value, str) else default


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    if isinstance(exc, StaleRevision):
        exc = Conflict(str(exc))
    elif isinstance(exc, VerdictRequired):
        exc = exceptions.ValidationError({"verdict": [str(exc)]})
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    response = drf_exception_handler(exc, context)
    if response is None:
        # Anything unexpected: logged with its stack, answered with a message only.
        logger.exception("API error in %s", context.get("view"), exc_info=exc)
        return Response(
            {"detail": "Internal server error.", "code": "server_error"},
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )
    data = response.data
    if isinstance(exc, exceptions.ValidationError):
        # Field errors stay as DRF gives them, under "errors", beside one readable message.
        response.data = {
            "detail": "Invalid input.",
            "code": "invalid",
            "errors": data if isinstance(data, dict) else {"non_field_errors": data},
        }
    elif isinstance(data, dict) and "detail" in data:
        response.data = {"detail": str(data["detail"]), "code": _code(exc, "error")}
    else:
        response.data = {"detail": str(data), "code": "error"}
    return response


def _json_error(status_code: int, detail: str, code: str) -> JsonResponse:
    return JsonResponse({"detail": detail, "code": code}, status=status_code)


def handler404(request: HttpRequest, exception: Exception | None = None) -> Any:
    """A JSON 404 for every path under /api/; Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return _json_error(404, "Not found.", "not_found")
    from django.views.defaults import page_not_found

    return page_not_found(request, exception or Http404())


def handler500(request: HttpRequest) -> Any:
    if request.path.startswith("/api/"):
        return _json_error(500, "Internal server error.", "server_error")
    from django.views.defaults import server_error

    return server_error(request)
