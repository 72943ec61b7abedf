#!/usr/bin/env bash
# Benchmarks (not part of ./test.sh). Default: generates 1,000 municipalities × 10 years × 50 indicators + narratives
# in a private PostgreSQL and prints p50/p95 of the comparison, ranking and search, and the ratio of the
# comparison's throughput to the same query in raw Npgsql SQL, and the annual digest of all 1,000 cities as .docx
# and .pdf (time, peak memory; `--digest-only` runs just that).
# --load [--officers 200] [--analysts 20] [--seconds 120] [--forms 300] [--workstation-gc]: the portal as its own process under 200
# press officers autosaving and 20 analysts comparing and searching (p50/p95, errors, server CPU and memory), then
# 300 open report forms in Chromium (server working set per form). Loopback only.
# --documents [--iterations N]: parse time per file format. Figures go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore > /dev/null
dotnet run -c Release --project bench/MunicipalPress.Benchmarks -- "$@"
