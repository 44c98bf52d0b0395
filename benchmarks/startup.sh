#!/usr/bin/env bash
# Startup benchmark of the ShopDB distribution: cold start to the first health 200,
# distribution size, and resident memory after start. Prints figures; asserts nothing.
#
#   benchmarks/startup.sh [--runs N] [--db embedded|mariadb]
#
# Needs the built distribution (mvn -B install -DskipTests). --db mariadb uses a fresh
# database shopdb_bench on 127.0.0.1:3306 (root, empty password; override with
# BENCH_MARIADB_URL / BENCH_MARIADB_USER / BENCH_MARIADB_PASSWORD).
set -euo pipefail

runs=3
db=embedded
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --db) db="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/benchmarks/lib.sh"
archive=$(distribution_archive "$root")

port=${BENCH_HTTP_PORT:-18181}
work=$(mktemp -d)
trap 'stop_karaf; rm -rf "$work"' EXIT

if [ "$db" = mariadb ]; then
    url=${BENCH_MARIADB_URL:-jdbc:mysql://127.0.0.1:3306/shopdb_bench}
    export SHOPDB_DB_URL="$url" SHOPDB_DB_USER="${BENCH_MARIADB_USER:-root}" SHOPDB_DB_PASSWORD="${BENCH_MARIADB_PASSWORD:-}"
fi

printf 'ShopDB startup benchmark (%s database, %s runs, %s cores)\n' "$db" "$runs" "$(nproc)"
printf 'distribution archive: %s MB\n' "$(du -m "$archive" | cut -f1)"

for run in $(seq 1 "$runs"); do
    if [ "$db" = mariadb ]; then
        mysql -h127.0.0.1 -u"$SHOPDB_DB_USER" ${SHOPDB_DB_PASSWORD:+-p"$SHOPDB_DB_PASSWORD"} \
            -e "DROP DATABASE IF EXISTS shopdb_bench; CREATE DATABASE shopdb_bench CHARACTER SET utf8mb4"
    fi
    rm -rf "$work/dist" && mkdir -p "$work/dist"
    tar xzf "$archive" -C "$work/dist"
    home=$(ls -d "$work"/dist/*/)
    home=${home%/}
    [ "$run" = 1 ] && printf 'distribution unpacked: %s MB, %s jars\n' "$(du -sm "$home" | cut -f1)" "$(find "$home/system" -name '*.jar' | wc -l)"

    start=$(date +%s.%N)
    SHOPDB_HTTP_PORT=$port "$home/bin/start"
    status=$(await_status "http://127.0.0.1:$port/api/health" 200 600)
    end=$(date +%s.%N)
    [ "$status" = 200 ] || { echo "run $run: no health 200 within 60 s (last $status)" >&2; stop_karaf; exit 1; }
    sleep 5 # let start-up work settle before reading memory
    pid=$(pgrep -f "karaf.home=$home" | head -n 1)
    rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
    errors=$(grep -c '| ERROR |' "$home/data/log/karaf.log" || true)
    printf 'run %s: cold start to first health 200: %.1f s; resident memory: %s MB; ERROR lines in log: %s\n' \
        "$run" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$rss" "$errors"
    stop_karaf
done
