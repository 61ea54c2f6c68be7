"""The deployment files, checked for syntax and structure here (no Docker engine or cluster runs on
this machine): compose, the Dockerfiles, nginx, the Helm values, the Kubernetes manifests and the
production endpoints. They must parse, name the right services, ports, variables and health checks,
and never expose Rasa or the JSON API to the internet."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from scripts.run_all import rasa_store_variables
from tests.production.conftest import ROOT

DEPLOY = ROOT / "deploy"
COMPOSE = DEPLOY / "docker-compose.yml"
NGINX = DEPLOY / "nginx/nginx.conf"
ENDPOINTS = ROOT / "endpoints.production.yml"
VALUES = DEPLOY / "kubernetes/rasa-values.yaml"
BACKEND_MANIFESTS = DEPLOY / "kubernetes/backend.yaml"
GATEWAY_MANIFESTS = DEPLOY / "kubernetes/gateway.yaml"
DOC = ROOT / "docs/production.md"
RASA_VARIABLE = re.compile(r"\$\{([A-Z_]+)\}")


def endpoint_variables() -> set[str]:
    """The ${VAR}s endpoints.production.yml reads (its comments left out)."""
    lines = ENDPOINTS.read_text().splitlines()
    return {name for line in lines for name in RASA_VARIABLE.findall(line.split("#", 1)[0])}


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def compose_variables(text: str) -> set[str]:
    """${NAME}, ${NAME:-default} and ${NAME:?message} in a compose file."""
    return set(re.findall(r"\$\{([A-Z_]+)(?::?[-?][^}]*)?\}", text))


# --- compose ---------------------------------------------------------------------------------


def test_compose_has_every_part_of_the_production_profile():
    services = compose()["services"]
    assert {
        "proxy",
        "gateway",
        "backend",
        "rasa",
        "actions",
        "postgres",
        "redis",
        "retention",
    } <= set(services)
    assert services["rasa"]["deploy"]["replicas"] >= 2
    assert services["actions"]["deploy"]["replicas"] >= 2


def test_rasa_and_the_action_server_share_the_phone_token_key_and_nobody_else_has_it():
    services = compose()["services"]
    holders = {
        name
        for name, service in services.items()
        if "PHONE_TOKEN_KEY" in service.get("environment", {})
    }
    assert holders == {"rasa", "actions"}


@pytest.mark.parametrize(
    ("secret", "holders"),
    [
        # The gateway proves who is talking; Rasa's channels check it (bot/relay_proof.py).
        ("RELAY_SIGNING_KEY", {"gateway", "rasa"}),
        # Rasa sends it; the action server answers nobody else (bot/actions/rasa_only.py).
        ("ACTION_SERVER_TOKEN", {"rasa", "actions"}),
    ],
)
def test_each_identity_secret_is_held_by_its_two_ends_only(secret, holders):
    services = compose()["services"]
    assert {
        name for name, service in services.items() if secret in service.get("environment", {})
    } == holders
    assert f"${{{secret}:?" in COMPOSE.read_text()


def test_only_the_proxy_publishes_a_port():
    services = compose()["services"]
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"proxy"}
    assert services["proxy"]["ports"] == ["${PROXY_PORT:-80}:8080"]


def test_the_proxy_cannot_reach_rasa_the_actions_or_the_databases():
    services = compose()["services"]
    networks = compose()["networks"]
    assert networks["private"]["internal"] is True
    proxy = set(services["proxy"]["networks"])
    for hidden in ("rasa", "actions", "postgres", "redis"):
        assert not proxy & set(services[hidden]["networks"]), hidden
    assert {"public", "private"} <= set(services["backend"]["networks"])
    assert {"public", "private"} <= set(services["gateway"]["networks"])


@pytest.mark.parametrize(
    "name", ["proxy", "gateway", "backend", "rasa", "actions", "postgres", "redis"]
)
def test_every_long_running_service_has_a_healthcheck(name):
    check = compose()["services"][name]["healthcheck"]
    assert check["test"] and check["interval"] and check["retries"] >= 3


def test_services_start_once_what_they_need_is_healthy():
    services = compose()["services"]

    def healthy(name):
        return {
            dependency
            for dependency, how in services[name]["depends_on"].items()
            if how["condition"] == "service_healthy"
        }

    assert healthy("proxy") == {"backend", "gateway"}
    assert healthy("backend") == {"postgres", "redis"}
    assert healthy("gateway") == {"postgres", "redis"}
    assert {"postgres", "redis", "actions"} <= healthy("rasa")


def test_the_schema_is_migrated_before_the_backend_starts_and_never_created_by_it():
    services = compose()["services"]
    migrate = services["migrate"]
    assert migrate["command"] == ["python", "-m", "backend.migrate"]
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name in ("backend", "gateway"):
        assert services[name]["depends_on"]["migrate"] == {
            "condition": "service_completed_successfully"
        }
    for name in ("migrate", "backend", "gateway", "retention"):
        assert services[name]["environment"]["AUTO_CREATE_SCHEMA"] == "0", name


def test_rasa_runs_the_production_endpoints_with_every_variable_they_name():
    rasa = compose()["services"]["rasa"]
    command = rasa["command"]
    assert command[command.index("--endpoints") + 1] == "endpoints.production.yml"
    needed = endpoint_variables()
    assert needed <= set(rasa["environment"])
    assert rasa["environment"]["ACTION_ENDPOINT_URL"] == "http://actions:5055/webhook"


@pytest.mark.parametrize("name", ["backend", "gateway"])
def test_both_apps_use_postgresql_redis_and_gunicorn_behind_the_proxy(name):
    service = compose()["services"][name]
    env = service["environment"]
    assert env["DATABASE_URL"].startswith("postgresql://repairs:")
    assert env["DATABASE_URL"].endswith("@postgres:5432/repairs")
    assert env["RATE_LIMIT_REDIS_URL"].startswith("redis://")
    assert env["TRUSTED_PROXY_HOPS"] == "1"
    assert service["build"]["dockerfile"] == "deploy/Dockerfile.app"


def test_the_gateway_relays_to_rasa_and_the_actions_call_the_records_api_directly():
    services = compose()["services"]
    assert services["gateway"]["environment"]["RASA_URL"] == "http://rasa:5005"
    assert services["gateway"]["command"] == ["gunicorn", "-c", "gateway/gunicorn.conf.py"]
    assert "RASA_URL" not in services["backend"]["environment"]
    assert services["backend"]["environment"]["RECORDS_EXTENSIONS"] == "telephony.outbound"
    assert services["actions"]["environment"]["BACKEND_URL"] == "http://backend:8000"


def test_the_retention_job_reaches_both_databases():
    env = compose()["services"]["retention"]["environment"]
    assert "python -m backend.retention" in compose()["services"]["retention"]["command"][0]
    assert env["DATABASE_URL"].endswith("/repairs")
    assert env["TRACKER_DATABASE_URL"].endswith("@postgres:5432/rasa")


def test_every_secret_is_required_and_none_is_written_in_the_file():
    text = COMPOSE.read_text()
    for secret in (
        "POSTGRES_PASSWORD",
        "REPAIRS_DB_PASSWORD",
        "RASA_DB_PASSWORD",
        "REDIS_PASSWORD",
        "BACKEND_API_TOKEN",
        "SECRET_KEY",
        "PHONE_HASH_KEY",
        "PHONE_TOKEN_KEY",
        "RELAY_SIGNING_KEY",
        "ACTION_SERVER_TOKEN",
        "TWILIO_AUTH_TOKEN",
    ):
        assert f"${{{secret}:?" in text, secret
    example = (DEPLOY / ".env.example").read_text()
    assert compose_variables(text) <= set(re.findall(r"^([A-Z_]+)=", example, re.M))
    assert ".env" in (DEPLOY / ".gitignore").read_text().split()


def test_the_postgres_init_script_makes_a_database_and_role_for_each_user():
    script = (DEPLOY / "postgres/init-databases.sh").read_text()
    mounted = compose()["services"]["postgres"]["volumes"]
    assert any(
        v.startswith("./postgres/init-databases.sh:/docker-entrypoint-initdb.d/") for v in mounted
    )
    for name in ("repairs", "rasa"):
        assert f"CREATE DATABASE {name} OWNER {name};" in script
    assert os.access(DEPLOY / "postgres/init-databases.sh", os.X_OK)
    if shutil.which("sh"):
        assert (
            subprocess.run(["sh", "-n", str(DEPLOY / "postgres/init-databases.sh")]).returncode == 0
        )


# --- Dockerfiles ------------------------------------------------------------------------------


def instructions(path: Path) -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", path.read_text())
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "")
        for line in (raw.strip() for raw in text.splitlines())
        if line and not line.startswith("#")
    ]


def copied_sources(path: Path) -> list[str]:
    sources = []
    for keyword, rest in instructions(path):
        if keyword == "COPY" and "--from=" not in rest:
            sources += rest.split()[:-1]
    return sources


def test_the_app_image_is_python_311_slim_under_gunicorn_as_a_non_root_user():
    steps = instructions(DEPLOY / "Dockerfile.app")
    assert steps[0] == ("FROM", "python:3.11-slim")
    assert ("USER", "10001") in steps
    assert json.loads(dict(steps)["CMD"]) == ["gunicorn", "-c", "backend/gunicorn.conf.py"]
    assert "HEALTHCHECK" in dict(steps) and "/health" in dict(steps)["HEALTHCHECK"]


def test_the_bot_image_is_python_310_slim_with_the_locked_requirements_and_a_model():
    steps = instructions(DEPLOY / "Dockerfile.bot")
    assert steps[0] == ("FROM", "python:3.10-slim AS base")
    run = " ".join(rest for keyword, rest in steps if keyword == "RUN")
    assert "pip install -r requirements/bot.txt -c requirements/bot.lock" in run
    assert "rasa train" in run
    command = json.loads(dict(steps)["CMD"])
    assert command[command.index("--endpoints") + 1] == "endpoints.production.yml"
    assert ("USER", "10001") in steps


@pytest.mark.parametrize("dockerfile", ["Dockerfile.app", "Dockerfile.bot"])
def test_everything_an_image_copies_exists_and_is_let_through_its_dockerignore(dockerfile):
    ignore = (DEPLOY / f"{dockerfile}.dockerignore").read_text().split()
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    for source in copied_sources(DEPLOY / dockerfile):
        assert (ROOT / source).exists(), source
        assert source.rstrip("/") in allowed, f"{source} is ignored by the .dockerignore"


# --- nginx ------------------------------------------------------------------------------------


def nginx_locations() -> dict[str, str]:
    """`location` modifier+path -> its block's text (the config has no nested locations)."""
    text = re.sub(r"#[^\n]*", "", NGINX.read_text())
    return {
        f"{modifier.strip()}{path}": body
        for modifier, path, body in re.findall(r"location\s+(=\s*)?(\S+)\s*\{([^}]*)\}", text)
    }


def test_nginx_forwards_the_channels_to_the_gateway_and_the_staff_pages_to_the_records_api():
    def forwarded(upstream: str) -> set[str]:
        return {
            path
            for path, body in nginx_locations().items()
            if f"proxy_pass http://{upstream};" in body
        }

    assert forwarded("gateway") == {"=/", "/chat/", "/assets/", "/twilio/"}
    # The tenants' photo page is the records API's (backend/web/photos.py says why).
    assert forwarded("backend") == {"/staff", "/photos/"}
    assert "server backend:8000;" in NGINX.read_text()
    assert "server gateway:8001;" in NGINX.read_text()


def test_nginx_refuses_the_api_rasa_and_everything_else():
    locations = nginx_locations()
    for path in ("/api/", "/webhooks/", "/"):
        assert "return 404;" in locations[path], path
    text = NGINX.read_text()
    assert "5005" not in text and "rasa:" not in text and "actions:" not in text


def test_nginx_logs_no_query_strings_and_passes_the_client_and_scheme_on():
    text = NGINX.read_text()
    log_format = re.search(r"log_format\s+repairs\s+(.*?);", text, re.S).group(1)
    assert "$uri" in log_format
    assert "$request " not in log_format and "$request_uri" not in log_format
    assert "$args" not in log_format and "$request_body" not in log_format
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in text
    assert "proxy_set_header X-Forwarded-Proto $forwarded_proto;" in text


@pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed")
def test_nginx_accepts_the_configuration(tmp_path):
    config = NGINX.read_text().replace("server backend:8000;", "server 127.0.0.1:9;")
    config = config.replace("server gateway:8001;", "server 127.0.0.1:9;")
    config = config.replace("pid /tmp/nginx.pid;", f"pid {tmp_path}/nginx.pid;")
    (tmp_path / "nginx.conf").write_text(config)
    checked = subprocess.run(
        [
            "nginx",
            "-t",
            "-c",
            str(tmp_path / "nginx.conf"),
            "-p",
            str(tmp_path),
            "-e",
            str(tmp_path / "error.log"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert checked.returncode == 0, checked.stderr


# --- endpoints.production.yml -----------------------------------------------------------------


def test_the_production_endpoints_use_postgresql_and_redis_from_the_environment():
    endpoints = yaml.safe_load(ENDPOINTS.read_text())
    tracker, lock = endpoints["tracker_store"], endpoints["lock_store"]
    assert (tracker["type"], tracker["dialect"]) == ("SQL", "postgresql")
    assert lock["type"] == "bot.lock_store.AtomicRedisLockStore"
    assert lock["key_prefix"].isalnum()
    # Rasa substitutes only unquoted values: every value is a bare ${VAR}.
    for line in ENDPOINTS.read_text().splitlines():
        if "${" in line:
            assert not re.search(r"[\"']\$\{", line), line


def test_the_store_variables_come_from_two_urls():
    variables = rasa_store_variables(
        "postgresql://rasa:p%40ss@db.internal:5433/rasa", "redis://:secret@cache:6380/1"
    )
    assert variables == {
        "TRACKER_DB_HOST": "db.internal",
        "TRACKER_DB_PORT": "5433",
        "TRACKER_DB_NAME": "rasa",
        "TRACKER_DB_USER": "rasa",
        "TRACKER_DB_PASSWORD": "p@ss",
        "LOCK_STORE_HOST": "cache",
        "LOCK_STORE_PORT": "6380",
        "LOCK_STORE_DB": "1",
        "LOCK_STORE_PASSWORD": "secret",
    }
    assert set(variables) | {"ACTION_ENDPOINT_URL", "ACTION_SERVER_TOKEN"} == endpoint_variables()


@pytest.mark.parametrize(
    "tracker, lock",
    [
        ("mysql://x@h/db", "redis://h/1"),
        ("postgresql://x@h/", "redis://h/1"),
        ("postgresql://x@h/db", "http://h/1"),
    ],
)
def test_a_wrong_store_url_is_refused_with_its_expected_form(tracker, lock):
    with pytest.raises(ValueError, match="URL is"):
        rasa_store_variables(tracker, lock)


# --- Kubernetes -------------------------------------------------------------------------------


def test_the_helm_values_put_rasas_trackers_on_postgresql_and_locks_on_redis():
    values = yaml.safe_load(VALUES.read_text())
    endpoints = values["applicationSettings"]["endpoints"]
    tracker, lock = endpoints["trackerStore"], endpoints["lockStore"]
    assert tracker["enabled"] and (tracker["type"], tracker["dialect"]) == ("sql", "postgresql")
    assert (tracker["url"], tracker["password"]) == ("${DB_HOST}", "${DB_PASSWORD}")
    assert lock["enabled"] and lock["url"] == "${REDIS_HOST}"
    assert lock["type"] == "bot.lock_store.AtomicRedisLockStore"
    assert values["postgresql"]["install"] is False and values["postgresql"]["external"]["enabled"]
    assert values["redis"]["install"] is False and values["redis"]["external"]["enabled"]
    assert values["replicaCount"] >= 2


def test_the_helm_values_run_our_channels_and_action_server_and_expose_nothing():
    values = yaml.safe_load(VALUES.read_text())
    channels = values["applicationSettings"]["credentials"]["additionalChannelCredentials"]
    assert set(channels) == {
        "bot.channels.WebInput",
        "bot.channels.SmsInput",
        "bot.channels.VoiceInput",
    }
    assert values["applicationSettings"]["enableAPI"] is False
    assert values["ingress"]["enabled"] is False and values["nginx"]["enabled"] is False
    assert values["service"]["type"] == "ClusterIP"
    actions = values["rasa-action-server"]
    assert actions["install"] is True
    assert actions["args"][:3] == ["run", "actions", "--actions"]
    env = {item["name"]: item for item in actions["extraEnv"]}
    assert env["BACKEND_URL"]["value"] == "http://repairs-backend:8000"
    assert "secretKeyRef" in env["BACKEND_API_TOKEN"]["valueFrom"]
    # Rasa seals the numbers tenants type and the action server opens them: one secret for both.
    rasa_env = {item["name"]: item for item in values["extraEnv"]}
    for container_env in (env, rasa_env):
        assert container_env["PHONE_TOKEN_KEY"]["valueFrom"]["secretKeyRef"] == {
            "name": "repairs-secrets",
            "key": "PHONE_TOKEN_KEY",
        }
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text())
    assert set(channels) == {name for name in credentials if name.startswith("bot.channels.")}


def test_the_helm_values_give_rasa_the_endpoints_that_send_the_action_servers_credential():
    values = yaml.safe_load(VALUES.read_text())
    # The chart's own endpoints.yml has no headers for the action server: ours is read instead.
    args = values["extraArgs"]
    assert args[args.index("--endpoints") + 1] == "endpoints.production.yml"
    rasa_env = {item["name"]: item for item in values["extraEnv"]}
    assert endpoint_variables() <= set(rasa_env)
    actions_env = {item["name"]: item for item in values["rasa-action-server"]["extraEnv"]}
    for secret, holders in (
        ("RELAY_SIGNING_KEY", [rasa_env]),
        ("ACTION_SERVER_TOKEN", [rasa_env, actions_env]),
    ):
        for env in holders:
            assert env[secret]["valueFrom"]["secretKeyRef"] == {
                "name": "repairs-secrets",
                "key": secret,
            }
    assert "RELAY_SIGNING_KEY" in BACKEND_MANIFESTS.read_text()  # in repairs-secrets, by envFrom


def manifests() -> list[dict]:
    return [
        doc
        for path in (BACKEND_MANIFESTS, GATEWAY_MANIFESTS)
        for doc in yaml.safe_load_all(path.read_text())
        if doc
    ]


def test_the_manifests_are_valid_kubernetes_objects():
    validate = pytest.importorskip("kubernetes_validate", reason="make test-production installs it")
    for document in manifests():
        validate.validate(document, "1.30", strict=True)


def test_the_ingress_routes_only_the_public_paths_to_the_two_apps():
    ingress = next(d for d in manifests() if d["kind"] == "Ingress")
    paths = {
        (p["path"], p["pathType"]): p["backend"]["service"]["name"]
        for rule in ingress["spec"]["rules"]
        for p in rule["http"]["paths"]
    }
    assert paths == {
        ("/", "Exact"): "repairs-gateway",
        ("/chat", "Prefix"): "repairs-gateway",
        ("/staff", "Prefix"): "repairs-backend",
        ("/photos", "Prefix"): "repairs-backend",
        ("/assets", "Prefix"): "repairs-gateway",
        ("/twilio", "Prefix"): "repairs-gateway",
    }


def test_the_backend_deployment_runs_gunicorn_with_probes_and_the_secrets():
    deployment = next(d for d in manifests() if d["kind"] == "Deployment")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["args"] == ["gunicorn", "-c", "backend/gunicorn.conf.py"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/health"
    assert container["livenessProbe"]["httpGet"]["path"] == "/health"
    assert {source.get("secretRef", {}).get("name") for source in container["envFrom"]} >= {
        "repairs-secrets"
    }
    assert deployment["spec"]["replicas"] >= 2
    config = next(d for d in manifests() if d["kind"] == "ConfigMap")["data"]
    assert config["RASA_URL"] == "http://repairs-rasa:5005"
    gateway = next(d for d in manifests() if d["metadata"]["name"] == "repairs-gateway")
    (container,) = gateway["spec"]["template"]["spec"]["containers"]
    assert container["args"] == ["gunicorn", "-c", "gateway/gunicorn.conf.py"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/health"
    assert gateway["spec"]["replicas"] >= 2


def test_each_backend_pod_migrates_the_schema_before_gunicorn_starts():
    deployment = next(d for d in manifests() if d["kind"] == "Deployment")
    (migrate,) = deployment["spec"]["template"]["spec"]["initContainers"]
    assert migrate["args"] == ["python", "-m", "backend.migrate"]
    assert migrate["image"] == deployment["spec"]["template"]["spec"]["containers"][0]["image"]
    assert {source.get("secretRef", {}).get("name") for source in migrate["envFrom"]} >= {
        "repairs-secrets"
    }
    config = next(d for d in manifests() if d["kind"] == "ConfigMap")["data"]
    assert config["AUTO_CREATE_SCHEMA"] == "0"


def test_the_retention_job_runs_nightly_in_london_time():
    job = next(
        d for d in manifests() if d["kind"] == "CronJob" and "retention" in d["metadata"]["name"]
    )
    assert job["spec"]["timeZone"] == "Europe/London"
    container = job["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    assert container["args"] == ["python", "-m", "backend.retention"]


def test_rasa_takes_traffic_from_the_gateway_only():
    policy = next(d for d in manifests() if d["metadata"]["name"] == "repairs-rasa")
    assert policy["spec"]["podSelector"]["matchLabels"]["app.kubernetes.io/instance"] == (
        "repairs-rasa"
    )
    (rule,) = policy["spec"]["ingress"]
    assert rule["from"] == [
        {"podSelector": {"matchLabels": {"app.kubernetes.io/name": "repairs-gateway"}}}
    ]


@pytest.mark.skipif(not shutil.which("kubectl"), reason="kubectl is not installed")
def test_kubectl_renders_the_kustomization_offline():
    rendered = subprocess.run(
        ["kubectl", "kustomize", str(DEPLOY / "kubernetes")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert rendered.returncode == 0, rendered.stderr
    kinds = sorted(d["kind"] for d in yaml.safe_load_all(rendered.stdout) if d)
    assert kinds == sorted(d["kind"] for d in manifests())
    assert all(
        d["metadata"]["namespace"] == "repairs" for d in yaml.safe_load_all(rendered.stdout) if d
    )


# --- the documentation names what the files use ----------------------------------------------


def test_the_production_doc_names_every_variable_the_profile_reads():
    doc = DOC.read_text()
    names = endpoint_variables() | {
        "RASA_PROFILE",
        "BACKEND_SERVER",
        "PHONE_TOKEN_KEY",
        "RELAY_SIGNING_KEY",
        "RASA_AUTH_TOKEN",
        "DATABASE_URL",
        "RATE_LIMIT_REDIS_URL",
        "TRACKER_DATABASE_URL",
        "LOCK_STORE_URL",
        "CONVERSATION_RETENTION_DAYS",
        "GUNICORN_WORKERS",
        "GUNICORN_THREADS",
        "GUNICORN_TIMEOUT",
        "FORWARDED_ALLOW_IPS",
        "TRUSTED_PROXY_HOPS",
        "TICKET_LOCK_LIFETIME",
        "PHOTO_STORAGE",
        "PHOTO_S3_ENDPOINT_URL",
        "PHOTO_S3_REGION",
    }
    missing = sorted(name for name in names if f"`{name}`" not in doc)
    assert not missing, missing


def test_the_production_profile_serves_the_pages_over_https_only():
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))
    assert compose["services"]["backend"]["environment"]["SESSION_COOKIE_SECURE"] == "1"
    documents = list(yaml.safe_load_all((DEPLOY / "kubernetes/backend.yaml").read_text()))
    config = next(d for d in documents if d and d.get("kind") == "ConfigMap")
    assert config["data"]["SESSION_COOKIE_SECURE"] == "1"
