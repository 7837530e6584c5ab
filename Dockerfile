# The workbench image: web (gunicorn), worker and beat all run from it (see docker-compose.yml).
FROM python:3.11-slim

# The spaCy pipelines are installed from the same package index as the rest; point pip at a
# mirror with --build-arg PIP_INDEX_URL=... when the default index does not carry them.
ARG PIP_INDEX_URL
# PyTorch (for the sentence-embedding model) is pinned to 2.13.0; take its CPU build, not the
# several-GB CUDA one, from PyTorch's CPU index unless told otherwise.
ARG PIP_EXTRA_INDEX_URL=https://download.pytorch.org/whl/cpu

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    WORKBENCH_VAR_DIR=/app/var

RUN groupadd --system --gid 10001 workbench \
    && useradd --system --uid 10001 --gid workbench --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin workbench

WORKDIR /app
COPY pyproject.toml README.md ./
COPY workbench/ workbench/
COPY claims/ claims/
COPY sources/ sources/
COPY seeds/ seeds/
RUN pip install .
COPY manage.py ./

# Static files, the beat schedule and other runtime files; the code itself stays read-only.
RUN mkdir -p /app/var && chown workbench:workbench /app/var
USER workbench

EXPOSE 8000
CMD ["gunicorn", "workbench.wsgi:application", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]
