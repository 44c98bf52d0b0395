#!/usr/bin/env bash
# Search plan check at scale: proves that every exact and prefix query the search service
# issues is answered from an index, and measures each ranked tier, on a database of N
# assets (default 1,000,000; every 5th with a network address).
#
#   benchmarks/search-plans.sh [--db embedded|mariadb] [--assets N] [--search-rounds N]
#                              [--reuse-h2 FILE]
#
# Per database: the built distribution migrates a scratch database (embedded H2 under its
# data/ folder, or MariaDB database shopdb_search recreated on 127.0.0.1:3306, root with
# an empty password; override with BENCH_MARIADB_HOST / _PORT / _USER / _PASSWORD), is
# stopped, the assets are inserted straight over JDBC in batches, the distribution is
# started again with SQL tracing (H2 TRACE_LEVEL_FILE, mysql-connector-j profileSQL) to
# record the exact SQL of one search of each kind, and each recorded statement is run
# through EXPLAIN and timed over JDBC. Finally, without tracing, search latency over HTTP.
# --reuse-h2 takes the embedded database file (shopdb.mv.db) of an earlier run with the
# same --assets instead of loading again (loading 1M rows into H2 takes minutes).
# Exits non-zero when an exact or prefix statement scans a table, or anything fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib/distribution.sh"

db=embedded
assets=1000000
search_rounds=20
reuse_h2=
while [ $# -gt 0 ]; do
    case "$1" in
        --db) db="$2"; shift 2 ;;
        --assets) assets="$2"; shift 2 ;;
        --search-rounds) search_rounds="$2"; shift 2 ;;
        --reuse-h2) reuse_h2="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

work=$(mktemp -d)
trap 'dist_finish $?' EXIT
password=${SHOPDB_ADMIN_PASSWORD:-shopdb-admin}
export SHOPDB_ADMIN_PASSWORD="$password"

dist_use_database "$db" shopdb_search
dist_unpack "$work/dist"
printf 'ShopDB search plan check: %s database, %s assets, %s cores, %s\n' "$db" "$assets" "$(nproc)" "$(date -u +%FT%TZ)"
bench() { # bench <command> key=value ...
    java -cp "$(dist_jdbc_classpath)" "$here/Bench.java" "$@"
}
jdbc=(url="$(dist_jdbc_url)" user="$(dist_jdbc_user)" password="$(dist_jdbc_password)")

echo "migrating the schema (first start)"
dist_start
dist_stop
if [ -n "$reuse_h2" ] && [ "$db" = embedded ]; then
    echo "reusing the loaded database $reuse_h2"
    cp "$reuse_h2" "$dist_home/data/shopdb/shopdb.mv.db"
else
    echo "inserting $assets assets over JDBC"
    bench jdbc-load "${jdbc[@]}" assets="$assets"
fi

echo "recording the search SQL (start with SQL tracing)"
if [ "$db" = embedded ]; then
    trace="$dist_home/data/shopdb/shopdb.trace.db"
    rm -f "$trace"
    dist_start 300 SHOPDB_DB_URL="$(dist_jdbc_url);DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=2"
    format=h2
else
    trace="$work/karaf-output.log"
    dist_start 300 SHOPDB_DB_URL="$SHOPDB_DB_URL?profileSQL=true&logger=StandardLogger" KARAF_REDIRECT="$trace"
    format=mysql
fi
bench probe base="http://127.0.0.1:$dist_port" password="$password" assets="$assets" rounds=3 | tee "$work/probe.out"
dist_stop

echo "explaining and timing each statement over JDBC"
bench explain "${jdbc[@]}" assets="$assets" trace="$trace" format="$format" rounds=5 | tee "$work/plans.out"

echo "search latency over HTTP (no tracing)"
dist_start 300
bench http base="http://127.0.0.1:$dist_port" password="$password" assets="$assets" phases=search \
    searchrounds="$search_rounds" | tee "$work/search.out"

value() { # value <line> <key>
    sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"
}
echo
printf 'Search plans (%s, %s assets, %s)\n' "$db" "$assets" "$(date -u +%F)"
printf '%-16s %-9s %-13s %-8s %6s %10s\n' probe tier field indexed rows median_ms
grep '^result plan' "$work/plans.out" | while read -r line; do
    printf '%-16s %-9s %-13s %-8s %6s %10s\n' "$(value "$line" probe)" "$(value "$line" tier)" "$(value "$line" field)" \
        "$(value "$line" indexed)" "$(value "$line" rows)" "$(value "$line" median_ms)"
done
echo
printf '%-28s %s\n' "HTTP search" "latency over $search_rounds queries per kind"
grep '^result search' "$work/search.out" | while read -r line; do
    printf '%-28s %s\n' "search $(value "$line" kind)" "p50 $(value "$line" p50_ms) ms, p95 $(value "$line" p95_ms) ms, p99 $(value "$line" p99_ms) ms"
done
