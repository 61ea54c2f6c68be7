# The app image: the records API (JSON API, staff dashboard) under gunicorn by default; the channel
# gateway (Twilio webhooks, web chat) is the same image with `gunicorn -c gateway/gunicorn.conf.py`;
# the migrations and the retention job too (`python -m backend.migrate`, `backend.retention`).
#   docker build -f deploy/Dockerfile.app -t repairs-backend .      (from the repository root)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONPATH=/app

WORKDIR /app
COPY requirements/app.txt requirements/app.txt
RUN pip install -r requirements/app.txt

COPY pyproject.toml ./
COPY backend backend
COPY telephony telephony
COPY gateway gateway
# The assistant's client: the relays sign what they send to Rasa with the channels' own module.
COPY bot/__init__.py bot/relay_proof.py bot/channel_names.py bot/assistant_client.py bot/

# Never root at run time; the instance folder and the photos' volume are the only places the app
# may write (a named volume mounted on /app/photos takes this folder's owner).
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin repairs \
    && mkdir -p instance photos && chown repairs instance photos
USER 10001

ENV BACKEND_HOST=0.0.0.0 \
    BACKEND_PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)"]
CMD ["gunicorn", "-c", "backend/gunicorn.conf.py"]
