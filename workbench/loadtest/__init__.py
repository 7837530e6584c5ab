"""The load test behind `manage.py loadtest` (docs/RELIABILITY.md, "Load").

articles: the generated inputs; processes: server and workers; clients: the load generator;
checks: the database guard and the loss checks; run: the run and its report.
"""
