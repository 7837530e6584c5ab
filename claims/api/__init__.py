"""The editor REST API under /api/v1/ (DRF): serializers hold no business logic; writes go
through claims.services so the API and the admin behave identically."""
