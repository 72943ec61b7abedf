#!/usr/bin/env bash
# Starts MunicipalPress with demo data on an embedded PostgreSQL (Development).
# Installs the PostgreSQL server package if it is missing. Ctrl-C stops the portal and its database.
set -euo pipefail
cd "$(dirname "$0")"

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://localhost:5000}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export MunicipalPress__DataDirectory="${MunicipalPress__DataDirectory:-$PWD/.data}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

have_postgres() {
    ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1
}

if [ -z "${ConnectionStrings__MunicipalPress:-}" ] && ! have_postgres; then
    echo "run.sh: PostgreSQL server binaries not found; installing the postgresql package…"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
fi

dotnet build src/MunicipalPress.Web -c Release -nologo -v quiet
echo "run.sh: starting MunicipalPress at ${ASPNETCORE_URLS} (Ctrl-C to stop)"
# exec: Ctrl-C goes straight to the app, which stops its embedded PostgreSQL on the way out.
exec dotnet run --project src/MunicipalPress.Web -c Release --no-build --no-launch-profile
