#!/usr/bin/env bash
# Collector ingestion benchmark: records/s through POST /api/collector/probecollector
# (batches of 500, one API key, all-or-nothing mode) on MariaDB, next to a raw JDBC batch
# insert of the same rows (asset, plugin row, audit entry per record) measured in the same
# run against the same database. Also times a second pass of the same records (all
# "unchanged"). Prints figures; asserts nothing.
#
#   benchmarks/collector-ingest.sh [--records N] [--batch N]
#
# Needs the built distribution and test plugin (mvn -B install -DskipTests) and MariaDB on
# 127.0.0.1:3306 (root, empty password; override with BENCH_MARIADB_URL / BENCH_MARIADB_USER /
# BENCH_MARIADB_PASSWORD). Uses a fresh database shopdb_bench. The JDBC driver is taken from
# the local Maven repository (BENCH_MAVEN_REPO, default ~/.m2/repository).
set -euo pipefail

records=10000
batch=500
while [ $# -gt 0 ]; do
    case "$1" in
        --records) records="$2"; shift 2 ;;
        --batch) batch="$2"; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/benchmarks/lib.sh"
archive=$(distribution_archive "$root")
plugin=$(ls "$root"/itests/collector-plugin/target/shopdb-itest-collector-*.jar 2>/dev/null | head -n 1)
[ -n "$plugin" ] || { echo "No test plugin: run 'mvn -B install -DskipTests' first" >&2; exit 1; }
repo=${BENCH_MAVEN_REPO:-$HOME/.m2/repository}
driver=$(ls "$repo"/com/mysql/mysql-connector-j/8.*/mysql-connector-j-8.*.jar 2>/dev/null | grep -v sources | tail -n 1)
[ -n "$driver" ] || { echo "mysql-connector-j 8.x not found under $repo (set BENCH_MAVEN_REPO)" >&2; exit 1; }

port=${BENCH_HTTP_PORT:-18182}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'stop_karaf; rm -rf "$work"' EXIT

url=${BENCH_MARIADB_URL:-jdbc:mysql://127.0.0.1:3306/shopdb_bench}
export SHOPDB_DB_URL="$url" SHOPDB_DB_USER="${BENCH_MARIADB_USER:-root}" SHOPDB_DB_PASSWORD="${BENCH_MARIADB_PASSWORD:-}"
export SHOPDB_ADMIN_PASSWORD=bench-admin-password SHOPDB_JWT_SECRET=bench-secret-0123456789abcdef0123456789abcdef
mysql -h127.0.0.1 -u"$SHOPDB_DB_USER" ${SHOPDB_DB_PASSWORD:+-p"$SHOPDB_DB_PASSWORD"} \
    -e "DROP DATABASE IF EXISTS shopdb_bench; CREATE DATABASE shopdb_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

mkdir -p "$work/dist" && tar xzf "$archive" -C "$work/dist"
home=$(ls -d "$work"/dist/*/) && home=${home%/}
SHOPDB_HTTP_PORT=$port "$home/bin/start"
[ "$(await_status "$base/api/health" 200 900)" = 200 ] || { echo "no health 200 within 90 s" >&2; exit 1; }
cp "$plugin" "$home/deploy/"

token=""
for _ in $(seq 1 300); do
    token=$(curl -s -X POST "$base/api/auth/login" -H 'Content-Type: application/json' \
        -d "{\"username\":\"admin\",\"password\":\"$SHOPDB_ADMIN_PASSWORD\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    [ -n "$token" ] && break
    sleep 0.2
done
[ -n "$token" ] || { echo "cannot log in" >&2; exit 1; }
key=$(curl -s -X POST "$base/api/apikeys" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"bench","collectors":["probecollector"]}' | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
for _ in $(seq 1 300); do   # the plugin is up once its collector answers (400 for an empty batch)
    [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base/api/collector/probecollector" -H "X-API-Key: $key" \
        -H 'Content-Type: application/json' -d '[]')" = 400 ] && break
    sleep 0.2
done

# Batch files, made before timing: {"serial":"HTTP-0000001","name":"Bench device 1","firmware":"1.0.0"}
mkdir -p "$work/batches"
awk -v n="$records" -v b="$batch" -v dir="$work/batches" 'BEGIN {
    for (from = 0; from < n; from += b) {
        file = sprintf("%s/%07d.json", dir, from); printf "[" > file
        for (i = from; i < from + b && i < n; i++)
            printf "%s{\"serial\":\"HTTP-%07d\",\"name\":\"Bench device %d\",\"firmware\":\"1.0.0\"}", (i > from ? "," : ""), i, i > file
        printf "]" > file; close(file)
    }
}'

ingest() {   # one pass over all batch files; prints seconds, fails on any non-200
    local start end status
    start=$(date +%s.%N)
    for file in "$work"/batches/*.json; do
        status=$(curl -s -o "$work/last.json" -w '%{http_code}' -X POST "$base/api/collector/probecollector" \
            -H "X-API-Key: $key" -H 'Content-Type: application/json' --data-binary "@$file")
        [ "$status" = 200 ] || { echo "batch $file answered $status: $(head -c 300 "$work/last.json")" >&2; exit 1; }
    done
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}

printf 'ShopDB collector ingestion benchmark (MariaDB %s, %s records, batches of %s, %s cores)\n' \
    "$(mysql -h127.0.0.1 -u"$SHOPDB_DB_USER" ${SHOPDB_DB_PASSWORD:+-p"$SHOPDB_DB_PASSWORD"} -N -e 'select version()')" "$records" "$batch" "$(nproc)"
first=$(ingest)
grep -q "\"created\":[1-9]" "$work/last.json" || { echo "the first pass created nothing" >&2; exit 1; }
second=$(ingest)
grep -q "\"unchanged\":[1-9]" "$work/last.json" || { echo "the second pass was not all unchanged" >&2; exit 1; }
jdbc=$(java -cp "$driver" "$root/benchmarks/JdbcBatchInsert.java" "$url?rewriteBatchedStatements=true" "$SHOPDB_DB_USER" \
    "${SHOPDB_DB_PASSWORD:-}" "$records" "$batch" JDBC | cut -d' ' -f2)
rows=$(mysql -h127.0.0.1 -u"$SHOPDB_DB_USER" ${SHOPDB_DB_PASSWORD:+-p"$SHOPDB_DB_PASSWORD"} -N shopdb_bench \
    -e "select count(*) from probedevices where serial like 'HTTP-%'")
rate() { awk -v n="$records" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }
printf 'collector, new records (create):     %6s s  %6s records/s  (%s rows in probedevices)\n' "$first" "$(rate "$first")" "$rows"
printf 'collector, same records (unchanged): %6s s  %6s records/s\n' "$second" "$(rate "$second")"
printf 'raw JDBC batch insert, same rows:    %6s s  %6s records/s  (asset + plugin row + audit entry per record)\n' "$jdbc" "$(rate "$jdbc")"
printf 'ERROR lines in karaf.log: %s\n' "$(grep -c '| ERROR |' "$home/data/log/karaf.log" || true)"
