#!/usr/bin/env bash
# Benchmarks (not part of ./test.sh): generates 1,000 municipalities × 10 years × 50 indicators + narratives
# in a private PostgreSQL and prints p50/p95 of the comparison, ranking and search, and the ratio of the
# comparison's throughput to the same query in raw Npgsql SQL, and the annual digest of all 1,000 cities as .docx
# and .pdf (time, peak memory; `--digest-only` runs just that). Figures go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/MunicipalPress.Benchmarks -- "$@"
