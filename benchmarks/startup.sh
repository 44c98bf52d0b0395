#!/usr/bin/env bash
# Startup benchmark of the ShopDB distribution: cold start to the first health 200,
# distribution size, and resident memory after start. Prints figures; asserts nothing.
#
#   benchmarks/startup.sh [--runs N] [--db embedded|mariadb]
#
# Needs the built distribution (mvn -B install -DskipTests). --db mariadb uses a fresh
# database shopdb_bench on 127.0.0.1:3306 (root, empty password; override with
# BENCH_MARIADB_HOST / BENCH_MARIADB_PORT / BENCH_MARIADB_USER / BENCH_MARIADB_PASSWORD).
set -euo pipefail
. "$(dirname "$0")/lib/distribution.sh"

runs=3
db=embedded
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --db) db="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

archive=$(dist_archive)
work=$(mktemp -d)
trap 'dist_finish $?' EXIT

printf 'ShopDB startup benchmark (%s database, %s runs, %s cores)\n' "$db" "$runs" "$(nproc)"
printf 'distribution archive: %s MB\n' "$(du -m "$archive" | cut -f1)"

for run in $(seq 1 "$runs"); do
    dist_use_database "$db" shopdb_bench
    dist_unpack "$work/dist"
    [ "$run" = 1 ] && printf 'distribution unpacked: %s MB, %s jars\n' "$(du -sm "$dist_home" | cut -f1)" "$(find "$dist_home/system" -name '*.jar' | wc -l)"

    start=$(date +%s.%N)
    dist_start 60
    end=$(date +%s.%N)
    sleep 5 # let start-up work settle before reading memory
    errors=$(grep -c '| ERROR |' "$dist_home/data/log/karaf.log" || true)
    printf 'run %s: cold start to first health 200: %.1f s; resident memory: %s MB; ERROR lines in log: %s\n' \
        "$run" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$(dist_rss_mb)" "$errors"
    dist_stop
done
