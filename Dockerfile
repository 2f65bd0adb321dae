# One image for web, worker and beat. The worker needs user namespaces for bubblewrap
# (see docker-compose.yml); the jails themselves run as the unprivileged eigenlab-sandbox user.
FROM python:3.11-slim-bookworm

# EIGENLAB_DOTENV empty: settings never read a .env here, even one copied in by mistake.
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 EIGENLAB_DOTENV=
RUN apt-get update \
    && apt-get install -y --no-install-recommends bubblewrap acl util-linux \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --no-create-home --shell /usr/sbin/nologin --user-group eigenlab-sandbox \
    && useradd --create-home --user-group app

WORKDIR /app
# The exact versions `make` uses, hash-checked; the runtime lock leaves out the dev tools.
COPY requirements.lock ./
RUN pip install --upgrade pip && pip install --require-hashes -r requirements.lock
COPY . .
RUN SECRET_KEY=build-only python manage.py collectstatic --noinput

USER app
EXPOSE 8000
# waitress, as `make run`: a client that sends its request slowly never holds a thread
# (scripts/serve.py). In compose, nginx (deploy/nginx.conf) is in front of it as well.
CMD ["python", "scripts/serve.py", "0.0.0.0:8000"]
