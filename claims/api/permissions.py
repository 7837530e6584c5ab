"""Roles as small composable permission classes: `IsReviewer | IsEditor`.

Roles are the groups "Reviewer" and "Editor" (migration claims/0002_roles); superusers hold
every role. Authentication comes first (token, then session), so anonymous requests get 401.
"""

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request

from claims.services.review import EDITOR_GROUP, REVIEWER_GROUP, user_in_group


class IsReviewer(BasePermission):
    message = "Only reviewers may do this."

    def has_permission(self, request: Request, view: Any) -> bool:
        return user_in_group(request.user, REVIEWER_GROUP)


class IsEditor(BasePermission):
    message = "Only editors may do this."

    def has_permission(self, request: Request, view: Any) -> bool:
        return user_in_group(request.user, EDITOR_GROUP)


class ReadOnly(BasePermission):
    def has_permission(self, request: Request, view: Any) -> bool:
        return request.method in SAFE_METHODS


# Reading is for every role; the role to write is set per action in the views.
CAN_READ = IsReviewer | IsEditor
