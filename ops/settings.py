"""All configuration, read from `CRONICA_*` environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from cronica.commands.smtp_config import SmtpConfig, SmtpSecurity
from cronica.domain.email_ledger import SendingAllowance

LogFormat = Literal["json", "console"]


class Settings(BaseSettings):
    """Cronica's settings; every process (server, worker, relay, CLI) reads the same ones."""

    model_config = SettingsConfigDict(env_prefix="CRONICA_", extra="ignore")

    database_url: str | None = Field(
        default=None,
        description="Unset: SQLite under ./var/. `sqlite:///PATH`: that file. "
        "`postgresql://user:pass@host:port/db`: PostgreSQL.",
    )
    database_schema: str | None = Field(
        default=None, description="PostgreSQL schema for events and read models (default: public)."
    )
    nats_url: str | None = Field(default=None, description="NATS server; unset: relay off.")
    nats_stream: str = "CRONICA"
    nats_subject_prefix: str = Field(
        default="cronica", description="First token of every subject; the stream has `<prefix>.>`."
    )
    nats_stream_replicas: int = Field(default=1, description="Copies of the stream in a cluster.")
    nats_duplicate_window_seconds: float = Field(
        default=300.0, description="How long JetStream drops a re-sent event (see bus/stream.py)."
    )
    company: str = Field(default="default", description="Slug of the embedded default company.")
    var_dir: Path = Path("var")
    read_models_unlogged: bool = Field(
        default=True,
        description="PostgreSQL: the read models' tables are UNLOGGED (kept out of the WAL: a"
        " rebuild ran 1.3x as fast). A crash or a failover empties them, and they are rebuilt"
        " from the events; a streaming replica has them empty. `false`: logged, and altered so.",
    )
    projection_poll_seconds: float = 0.25
    projection_batch_size: int = 500
    read_wait_seconds: float = 5.0
    record_cache_size: int = Field(
        default=10_000, description="Records kept in memory per process (0: no cache)."
    )
    commands_at_once: int = Field(
        default=4,
        ge=1,
        description="Commands an API process runs at once; the others wait their turn without"
        " a thread, so that many clients do not spend the process's CPU taking turns at"
        " Python's lock (16 clients on 2 processes: 1.3-2.6x the opens/s of running each in a"
        " thread of its own).",
    )
    smtp_host: str | None = Field(
        default=None, description="SMTP server e-mails go through; unset: sending fails."
    )
    smtp_port: int | None = Field(
        default=None, description="Unset: 25, 587 with STARTTLS, 465 with SSL."
    )
    smtp_username: str | None = Field(default=None, description="Unset: no authentication.")
    smtp_password: SecretStr | None = None
    smtp_security: SmtpSecurity = SmtpSecurity.NONE
    smtp_from: str = Field(default="cronica@localhost", description="The From of every e-mail.")
    smtp_timeout_seconds: float = 30.0
    smtp_ca_file: Path | None = Field(
        default=None,
        description="PEM file of the authorities that sign the SMTP server's certificate (a "
        "company's own CA); unset: the system's.",
    )
    attachment_max_bytes: int = Field(
        default=10 * 1024 * 1024, description="The largest attachment accepted (10 MiB)."
    )
    attachment_quota_bytes: int = Field(
        default=200 * 1024 * 1024,
        gt=0,
        description="The bytes of attachments one user may upload in all (200 MiB).",
    )
    email_recipients_per_email: int = Field(
        default=20, gt=0, description="The most outside addresses (To and Cc) of one e-mail."
    )
    email_recipients_per_hour: int = Field(
        default=100,
        gt=0,
        description="The most outside addresses one user's e-mails (and retries) go to in any "
        "hour.",
    )
    public_base_url: str = Field(
        default="http://127.0.0.1:8000",
        description="Where users reach this server (`https://crm.example.com`, maybe with a "
        "path): the calendar feed URLs are made from it, never from a request's Host header.",
    )
    session_idle_minutes: float = Field(
        default=30.0, description="A web app session ends after this long unused."
    )
    session_lifetime_hours: float = Field(
        default=12.0, description="A web app session ends this long after sign-in, used or not."
    )
    password_hash_time_cost: int = Field(
        default=3, ge=1, description="argon2id passes over memory when hashing a password."
    )
    password_hash_memory_kib: int = Field(
        default=64 * 1024,
        ge=32,
        description="argon2id memory per password hash, in KiB (64 MiB); lower only in tests.",
    )
    web_dir: Path = Field(
        default=Path(__file__).resolve().parent.parent / "web" / "dist",
        description="The built web app (`npm run build` in web/) that `cronica serve` serves at /.",
    )
    benchmark_endpoints: bool = Field(
        default=False,
        description="Serve the plain JSON reads under /v1/read, the baseline `make bench` "
        "measures GraphQL against; off in production.",
    )

    log_format: LogFormat = Field(
        default="json",
        description="`json`: one JSON object a line (production); `console`: for people "
        "(`make run`).",
    )
    log_level: str = "INFO"
    metrics_host: str = Field(
        default="127.0.0.1", description="The interface the metrics and health ports listen on."
    )
    metrics_port: int | None = Field(
        default=None,
        description="Unset: `cronica serve` answers /metrics on its own port; set: on this "
        "port of `metrics_host` instead (the API's port then has none).",
    )
    worker_metrics_port: int | None = Field(
        default=None, description="Port of `cronica worker`'s /metrics and /health; unset: none."
    )
    relay_metrics_port: int | None = Field(
        default=None, description="Port of `cronica relay`'s /metrics and /health; unset: none."
    )
    ready_max_lag_seconds: float = Field(
        default=30.0,
        gt=0,
        description="/health/ready of the API fails while a read model is further behind.",
    )
    otel_endpoint: str | None = Field(
        default=None,
        description="OTLP/HTTP collector (`http://collector:4318`); unset: no tracing at all.",
    )
    otel_service_name: str = Field(
        default="cronica", description="Traces name the process `<this>-api` or `<this>-relay`."
    )

    @field_validator("public_base_url")
    @classmethod
    def _absolute_http_url(cls, url: str) -> str:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a port that is not a number)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"must be an absolute http(s) URL (https://crm.example.com): {url}")
        if parts.query or parts.fragment or parts.username or parts.password:
            raise ValueError(f"must have no query, fragment or credentials: {url}")
        return url.rstrip("/")

    @model_validator(mode="after")
    def _one_email_within_the_hour(self) -> Settings:
        if self.email_recipients_per_email > self.email_recipients_per_hour:
            raise ValueError(
                "CRONICA_EMAIL_RECIPIENTS_PER_EMAIL may not exceed "
                "CRONICA_EMAIL_RECIPIENTS_PER_HOUR"
            )
        return self

    def email_allowance(self) -> SendingAllowance:
        """How many outside addresses each user's e-mails may go to."""
        return SendingAllowance(self.email_recipients_per_email, self.email_recipients_per_hour)

    @property
    def is_postgres(self) -> bool:
        return bool(self.database_url) and urlsplit(self.database_url or "").scheme.startswith(
            "postgres"
        )

    @property
    def sqlite_path(self) -> Path:
        if self.database_url:
            parts = urlsplit(self.database_url)
            if parts.scheme != "sqlite":
                raise ValueError(f"not a SQLite URL: {self.database_url}")
            # sqlite:///relative/path and sqlite:////absolute/path, as SQLAlchemy spells them.
            return Path(unquote(parts.path[1:]))
        return self.var_dir / "cronica.sqlite3"

    def smtp(self) -> SmtpConfig:
        """The SMTP server of the e-mail sender."""
        password = self.smtp_password.get_secret_value() if self.smtp_password else None
        return SmtpConfig(
            host=self.smtp_host,
            port=self.smtp_port or self.smtp_security.default_port,
            username=self.smtp_username,
            password=password,
            security=self.smtp_security,
            from_address=self.smtp_from,
            timeout_seconds=self.smtp_timeout_seconds,
            ca_file=self.smtp_ca_file,
        )

    def event_store_env(self) -> dict[str, str]:
        """The `eventsourcing` library's environment for this database."""
        # Loaded records stay in memory and are brought up to date with only their newer
        # events (from any process) on the next load: a hot record is not replayed at every
        # command. Loads hand out copies, so a refused command leaves no trace. The factories
        # are ours (ops/persistence): their recorders bind record numbers inside each save.
        cache = (
            {"AGGREGATE_CACHE_MAXSIZE": str(self.record_cache_size)}
            if self.record_cache_size > 0
            else {}  # the library reads 0 as "unbounded"
        )
        if not self.is_postgres:
            self.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            return cache | {
                "PERSISTENCE_MODULE": "cronica.ops.persistence.sqlite:NumberingSQLiteFactory",
                "SQLITE_DBNAME": str(self.sqlite_path),
                "SQLITE_LOCK_TIMEOUT": "10",
            }
        parts = urlsplit(self.database_url or "")
        env = cache | {
            "PERSISTENCE_MODULE": "cronica.ops.persistence.postgres:NumberingPostgresFactory",
            "POSTGRES_DBNAME": parts.path.lstrip("/") or "postgres",
            "POSTGRES_HOST": parts.hostname or "127.0.0.1",
            "POSTGRES_PORT": str(parts.port or 5432),
            "POSTGRES_USER": unquote(parts.username or "postgres"),
            "POSTGRES_PASSWORD": unquote(parts.password or ""),
            "POSTGRES_POOL_SIZE": "5",
            "POSTGRES_MAX_OVERFLOW": "10",
            # No pre-ping (a round trip per checkout): see cronica.projections.dropped_connections.
        }
        if self.database_schema:
            env["POSTGRES_SCHEMA"] = self.database_schema
        return env

    def postgres_conninfo(self) -> str:
        """A libpq connection string for the read models, in the same schema as the events."""
        from psycopg.conninfo import make_conninfo  # not on every `cronica` run: ~0.1 s

        env = self.event_store_env()
        extra = (
            {"options": f"-c search_path={self.database_schema}"} if self.database_schema else {}
        )
        return make_conninfo(
            dbname=env["POSTGRES_DBNAME"],
            host=env["POSTGRES_HOST"],
            port=env["POSTGRES_PORT"],
            user=env["POSTGRES_USER"],
            password=env["POSTGRES_PASSWORD"],
            **extra,
        )
