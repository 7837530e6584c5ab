"""Fact-and-quote verification workbench: project package."""

from workbench.celery import app as celery_app

__all__ = ("celery_app",)
