#!/usr/bin/env bash
# Runs every test: domain unit tests, API tests on a real (embedded) PostgreSQL, browser tests in Chromium.
# Installs what the tests need: the PostgreSQL server, Chromium and the DejaVu fonts that the test PDFs embed
# (Debian packages).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

missing=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
    echo "test.sh: installing ${missing[*]}…"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

started=$(date +%s)
dotnet build MunicipalPress.sln -c Release -nologo -v quiet
status=0
for project in tests/MunicipalPress.Domain.Tests tests/MunicipalPress.Application.Tests tests/MunicipalPress.Api.Tests tests/MunicipalPress.Browser.Tests; do
    echo "test.sh: ${project}"
    dotnet test "$project" -c Release --no-build --nologo --logger "console;verbosity=normal" || status=1
done
echo "test.sh: finished in $(( $(date +%s) - started )) s (exit ${status})"
exit $status
