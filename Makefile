.PHONY: setup demo test lint typecheck audit ci worker beat web

setup:
	bash bin/setup

demo:
	bash bin/demo

test:
	bash bin/test

lint:
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

typecheck:
	.venv/bin/mypy .

audit:
	bash bin/audit

ci:
	bash .ci/run

worker:
	.venv/bin/python -m celery -A workbench worker --loglevel=INFO

beat:
	.venv/bin/python -m celery -A workbench beat --loglevel=INFO

web:
	.venv/bin/python manage.py runserver
