from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request


class Pagination(PageNumberPagination):
    """`?page=N&page_size=M` (at most 200 a page). A page or page size that is no whole number
    (empty included) is a 400, where DRF would silently fall back to its default."""

    page_size_query_param = "page_size"
    max_page_size = 200

    def _check_number(self, request: Request, name: str) -> None:
        raw = request.query_params.get(name)
        if raw is not None and not raw.strip().lstrip("-").isdigit():
            raise ValidationError({name: ["A whole number is required."]})

    def get_page_number(self, request: Request, paginator: Any) -> Any:
        self._check_number(request, self.page_query_param)
        return super().get_page_number(request, paginator)

    def get_page_size(self, request: Request) -> Any:
        self._check_number(request, self.page_size_query_param)
        return super().get_page_size(request)
