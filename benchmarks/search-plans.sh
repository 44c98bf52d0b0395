#!/usr/bin/env bash
# Search at scale: proves that every statement of every search rank is answered from an
# index, measures each, and measures the search index's backfill, on a database of N assets
# (default 1,000,000; every 5th with a network address).
#
#   benchmarks/search-plans.sh [--db embedded|mariadb] [--assets N] [--search-rounds N]
#                              [--during-rounds N] [--backfill-timeout SECONDS] [--reuse-h2 FILE]
#                              [--innodb-buffer-pool BYTES]
#
# Per database: the built distribution migrates a scratch database (embedded H2 under its
# data/ folder, or MariaDB database shopdb_search recreated on 127.0.0.1:3306 and dropped
# after a successful run, root with an empty password; override with BENCH_MARIADB_HOST /
# _PORT / _USER / _PASSWORD), is
# stopped, and the assets are inserted straight over JDBC in batches, without search index
# rows, as an earlier version of ShopDB left them. Then, as after an upgrade: the
# distribution starts (time to health 200), serves searches while its background backfill
# fills the search index (latency with the scan fallback), and the script follows the
# backfill to its end (rate, and the index's size on disk and in rows). Next the
# distribution is started with SQL tracing (H2 TRACE_LEVEL_FILE, mysql-connector-j
# profileSQL) to record the exact SQL of one search of each kind, and each recorded
# statement is run through EXPLAIN and timed over JDBC. Finally, without tracing, search
# latency over HTTP. --reuse-h2 takes the embedded database file (shopdb.mv.db) of an
# earlier run with the same --assets instead of loading again (loading 1M rows into H2
# takes minutes, filling its index longer). --innodb-buffer-pool sets MariaDB's
# innodb_buffer_pool_size for the run (SET GLOBAL; the server's own value is put back at
# the end), to measure the backfill with a buffer pool that holds the index, as a production
# server would be sized. On the embedded database the file's size is shown while the index
# fills, and the run stops (its folder removed) when less than BENCH_MIN_FREE_GB (default 10)
# are left on the disk.
# Exits non-zero when a search statement scans a table, or anything fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib/distribution.sh"

db=embedded
assets=1000000
search_rounds=20
during_rounds=2
backfill_timeout=14400
reuse_h2=
buffer_pool=
while [ $# -gt 0 ]; do
    case "$1" in
        --db) db="$2"; shift 2 ;;
        --assets) assets="$2"; shift 2 ;;
        --search-rounds) search_rounds="$2"; shift 2 ;;
        --during-rounds) during_rounds="$2"; shift 2 ;;
        --backfill-timeout) backfill_timeout="$2"; shift 2 ;;
        --reuse-h2) reuse_h2="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
        --innodb-buffer-pool) buffer_pool="$2"; shift 2 ;;
        -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

work=$(mktemp -d)
original_buffer_pool=
finish() {
    local status=$1
    if [ -n "$original_buffer_pool" ]; then
        dist_mysql -e "SET GLOBAL innodb_buffer_pool_size = $original_buffer_pool" || true
    fi
    dist_finish "$status"
}
trap 'finish $?' EXIT
password=${SHOPDB_ADMIN_PASSWORD:-shopdb-admin}
export SHOPDB_ADMIN_PASSWORD="$password"

dist_use_database "$db" shopdb_search
dist_unpack "$work/dist"
printf 'ShopDB search plan check: %s database, %s assets, %s cores, %s\n' "$db" "$assets" "$(nproc)" "$(date -u +%FT%TZ)"
if [ "$db" = mariadb ]; then
    if [ -n "$buffer_pool" ]; then
        original_buffer_pool=$(dist_mysql -N -e "SELECT @@innodb_buffer_pool_size")
        dist_mysql -e "SET GLOBAL innodb_buffer_pool_size = $buffer_pool"
    fi
    echo "MariaDB innodb_buffer_pool_size $(dist_mysql -N -e "SELECT @@innodb_buffer_pool_size") bytes"
elif [ -n "$buffer_pool" ]; then
    echo "--innodb-buffer-pool is for --db mariadb" >&2
    exit 2
fi
bench() { # bench <command> key=value ...
    java -cp "$(dist_jdbc_classpath)" "$here/Bench.java" "$@"
}
jdbc=(url="$(dist_jdbc_url)" user="$(dist_jdbc_user)" password="$(dist_jdbc_password)")
value() { # value <line> <key>
    sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"
}

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

# The search index's backfill, as after an upgrade: start, serve, fill, measure. The first
# start found no assets and marked the index complete; the rows loaded since came in behind
# its back, so the state is set back to what the changeset leaves on an upgraded database.
if [ -z "$reuse_h2" ]; then
    dist_sql "UPDATE searchsources SET indexedupto = 0, iscomplete = FALSE"
fi
ssh_port=$(sed -n 's/^sshPort *= *//p' "$dist_home/etc/org.apache.karaf.shell.cfg")
index_state() { # the shell command's table, one line per source
    "$dist_home/bin/shopdb-shell" -u admin -p "$password" -a "$ssh_port" "shopdb:search-reindex --no-wait" 2>&1 || true
}
echo "starting on $assets assets without search index rows (an upgrade)"
started=$(date +%s%N)
dist_start 600
startup_s=$(awk "BEGIN {printf \"%.1f\", ($(date +%s%N) - $started) / 1e9}")
echo "health 200 after $startup_s s; the search index fills in the background"
echo "searches while the backfill runs ($during_rounds of each kind; rank 3 scans what is not indexed yet)"
bench http base="http://127.0.0.1:$dist_port" password="$password" assets="$assets" phases=search \
    searchrounds="$during_rounds" | tee "$work/during.out"
deadline=$(( $(date +%s) + backfill_timeout ))
shown=0
# The embedded database's file may grow far faster than its data while the index fills
# (RESULTS.md, 2026-12-07: 73 GB by 570k of 1M assets): its size is shown with the progress, and
# the run stops while BENCH_MIN_FREE_GB (default 10) are still free on its disk.
h2_file="$dist_home/data/shopdb/shopdb.mv.db"
min_free_gb=${BENCH_MIN_FREE_GB:-10}
# Complete means the core's source is filled and the suffix index is in use: on the embedded
# database a large fill builds the index once at the end (ADR 0006).
index_complete() {
    local state
    state=$(index_state)
    grep -E '^ *core ' <<<"$state" | grep -q complete && grep -q 'Suffix index: in use' <<<"$state"
}
until index_complete; do
    [ "$(date +%s)" -lt "$deadline" ] || dist_fail "search index backfill not complete within $backfill_timeout s"
    lines=$(grep -c 'Search index' "$dist_home/data/log/karaf.log" || true)
    if [ "$lines" -gt "$shown" ]; then
        grep 'Search index' "$dist_home/data/log/karaf.log" | tail -n +"$(( shown + 1 ))" | sed 's/.*| //'
        shown=$lines
    fi
    if [ "$db" = embedded ]; then
        free_gb=$(( $(df -Pk "$dist_home" | awk 'NR == 2 {print $4}') / 1048576 ))
        echo "  database file $(( $(stat -c %s "$h2_file") / 1048576 )) MB, $free_gb GB free on its disk"
        if [ "$free_gb" -lt "$min_free_gb" ]; then
            BENCH_KEEP_ON_FAILURE=0 # the folder is what fills the disk: not kept
            dist_fail "stopped: less than $min_free_gb GB free on the disk of $h2_file"
        fi
    fi
    sleep 20
done
grep 'Search index' "$dist_home/data/log/karaf.log" | tail -n +"$(( shown + 1 ))" | sed 's/.*| //'
complete_line=$(grep 'Search index: core complete' "$dist_home/data/log/karaf.log" | tail -n 1 | sed 's/.*| //')
built_line=$(grep 'Search index: suffix index built' "$dist_home/data/log/karaf.log" | tail -n 1 | sed 's/.*| //')
index_state
dist_stop
echo "search index size"
if [ "$db" = embedded ]; then
    h2_value() { # h2_value <sql>: the single value a query answers
        java -cp "$(dist_jdbc_classpath)" org.h2.tools.Shell -url "$(dist_jdbc_url)" -user "" -password "" -sql "$1" | sed -n 2p | tr -d ' '
    }
    file="$dist_home/data/shopdb/shopdb.mv.db"
    before_compact_mb=$(( $(stat -c %s "$file") / 1048576 ))
    index_rows=$(h2_value "SELECT COUNT(*) FROM searchsuffixes")
    index_mb=$(( $(h2_value "CALL DISK_SPACE_USED('SEARCHSUFFIXES')") / 1048576 ))
    assets_mb=$(( ( $(h2_value "CALL DISK_SPACE_USED('ASSETS')") + $(h2_value "CALL DISK_SPACE_USED('NETWORKADDRESSES')") ) / 1048576 ))
    dist_sql "SHUTDOWN COMPACT"
    size_line="searchsuffixes $index_rows rows, $index_mb MB; assets and networkaddresses $assets_mb MB; database file $before_compact_mb MB, $(( $(stat -c %s "$file") / 1048576 )) MB after SHUTDOWN COMPACT"
else
    index_rows=$(dist_mysql -N "$dist_mariadb_database" -e "SELECT COUNT(*) FROM searchsuffixes")
    dist_mysql -N "$dist_mariadb_database" -e "ANALYZE TABLE searchsuffixes" >/dev/null
    size() { dist_mysql -N -e "SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = '$dist_mariadb_database' AND table_name IN ($1)"; }
    size_line="searchsuffixes $index_rows rows, $(size "'searchsuffixes'") MB (data and index); assets and networkaddresses $(size "'assets', 'networkaddresses'") MB"
fi
echo "$size_line"

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

echo
printf 'Search index backfill (%s, %s assets, %s)\n' "$db" "$assets" "$(date -u +%F)"
printf '%-28s %s s\n' "start-up to health 200" "$startup_s"
printf '%-28s %s\n' "backfill" "${complete_line:-already complete}"
[ -z "$built_line" ] || printf '%-28s %s\n' "bulk index build" "$built_line"
printf '%-28s %s\n' "index size" "$size_line"
grep '^result search' "$work/during.out" | while read -r line; do
    printf '%-28s %s\n' "during: $(value "$line" kind)" "p50 $(value "$line" p50_ms) ms, max $(value "$line" p99_ms) ms"
done
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
