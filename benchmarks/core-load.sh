#!/usr/bin/env bash
# Core load benchmark over HTTP on the built distribution: bulk-loads N assets through the
# API (every 5th with a network address) with progress output, then measures requests/s
# of GET /api/assets?page=N&per_page=50 over random pages with concurrent clients, and
# p50/p95/p99 latency of /api/search for exact, IP, prefix and contains queries.
# Prints figures and a table; exits non-zero when a request fails or answers wrongly.
#
#   benchmarks/core-load.sh [--db embedded|mariadb] [--assets N] [--loaders N]
#                           [--list-clients N] [--list-seconds S] [--search-rounds N]
#
# Needs the built distribution (mvn -B install -DskipTests) and Java 17. --db mariadb uses
# the database shopdb_bench (recreated) on 127.0.0.1:3306 as root with an empty password;
# override with BENCH_MARIADB_HOST / _PORT / _USER / _PASSWORD.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib/distribution.sh"

db=embedded
assets=100000
loaders=4
list_clients=4
list_seconds=30
search_rounds=100
while [ $# -gt 0 ]; do
    case "$1" in
        --db) db="$2"; shift 2 ;;
        --assets) assets="$2"; shift 2 ;;
        --loaders) loaders="$2"; shift 2 ;;
        --list-clients) list_clients="$2"; shift 2 ;;
        --list-seconds) list_seconds="$2"; shift 2 ;;
        --search-rounds) search_rounds="$2"; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

work=$(mktemp -d)
trap 'dist_finish $?' EXIT
password=${SHOPDB_ADMIN_PASSWORD:-shopdb-admin}
export SHOPDB_ADMIN_PASSWORD="$password"

dist_use_database "$db" shopdb_bench
dist_unpack "$work/dist"
printf 'ShopDB core load benchmark: %s database, %s assets, %s cores, %s\n' "$db" "$assets" "$(nproc)" "$(date -u +%FT%TZ)"

# The core seeds no asset type (plugins own them): create one for the benchmark while the
# distribution is stopped, after its first start has migrated the schema.
dist_start
dist_stop
dist_sql "INSERT INTO assettypes (code, name, owner, isactive) VALUES ('benchpc', 'Benchmark PC', 'benchmark', TRUE)"
dist_start
echo "distribution up on port $dist_port"

output="$work/coreload.out"
java "$here/Bench.java" http base="http://127.0.0.1:$dist_port" password="$password" assets="$assets" type=benchpc \
    loaders="$loaders" listclients="$list_clients" listseconds="$list_seconds" searchrounds="$search_rounds" \
    | tee "$output"
rss=$(dist_rss_mb)
errors=$(grep -c '| ERROR |' "$dist_home/data/log/karaf.log" || true)

value() { # value <line> <key>
    sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"
}
load=$(grep '^result load' "$output")
list=$(grep '^result list' "$output")
echo
printf 'Results (%s, %s assets, %s)\n' "$db" "$assets" "$(date -u +%F)"
printf '%-28s %s\n' "load (${loaders} clients)" "$(value "$load" assets_per_s) assets/s ($(value "$load" requests_per_s) requests/s, $(value "$load" seconds) s, $(value "$load" retried) failed writes retried)"
printf '%-28s %s\n' "list page (${list_clients} clients)" "$(value "$list" requests_per_s) requests/s (p50 $(value "$list" p50_ms) ms, p95 $(value "$list" p95_ms) ms, p99 $(value "$list" p99_ms) ms)"
grep '^result search' "$output" | while read -r line; do
    printf '%-28s %s\n' "search $(value "$line" kind)" "p50 $(value "$line" p50_ms) ms, p95 $(value "$line" p95_ms) ms, p99 $(value "$line" p99_ms) ms ($(value "$line" queries) queries)"
done
printf '%-28s %s MB resident, %s ERROR lines in karaf.log\n' "distribution" "$rss" "$errors"
