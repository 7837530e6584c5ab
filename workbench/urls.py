from django.contrib import admin
from django.urls import include, path

from workbench.metrics import metrics
from workbench.views import healthz, readyz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("metrics", metrics, name="metrics"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("claims.api.urls", namespace="api")),
]

# JSON errors under /api/ (an unknown path, a crash outside DRF); Django's pages elsewhere.
handler404 = "claims.api.errors.handler404"
handler500 = "claims.api.errors.handler500"
