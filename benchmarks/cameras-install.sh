#!/usr/bin/env bash
# Live plugin benchmark on a running distribution: time from `feature:install shopdb-cameras`
# to the first 200 on /api/cameras, then failed requests and the longest gap between
# successful answers while the cameras bundle is updated live (`bundle:update`) under steady
# load (default 200 requests/s over loopback, half /api/cameras, half a core route), and
# what /api/cameras answers right after `feature:uninstall shopdb-cameras`.
# Prints figures; asserts nothing.
#
#   benchmarks/cameras-install.sh [--rate N] [--seconds N] [--db embedded|mariadb]
#
# Install and uninstall are the operator's plain commands (docs/DEPLOY.md section 8), the
# install while the core route /api/assets is under the same load, to show whether it
# disturbs the core.
# Needs the built distribution (mvn -B install -DskipTests) and a JDK 17 (the load generator,
# benchmarks/src/LoadGen.java, runs from source). --db mariadb uses a fresh database
# shopdb_bench on 127.0.0.1:3306 (root, empty password; override with BENCH_MARIADB_URL /
# BENCH_MARIADB_USER / BENCH_MARIADB_PASSWORD).
set -euo pipefail

rate=200
seconds=30
db=embedded
while [ $# -gt 0 ]; do
    case "$1" in
        --rate) rate="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --db) db="$2"; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/benchmarks/lib.sh"
archive=$(distribution_archive "$root")

# Ports nothing else on this machine listens on (other instances may run beside this one).
free_port() {
    local candidate
    while :; do
        candidate=$((20000 + RANDOM % 20000))
        ss -ltn | awk '{print $4}' | grep -q ":$candidate\$" || { echo "$candidate"; return; }
    done
}
port=${BENCH_HTTP_PORT:-$(free_port)}
ssh_port=${BENCH_SSH_PORT:-$(free_port)}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'stop_karaf; rm -rf "$work"' EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# The Karaf console as an operator uses it: bin/client over SSH as ShopDB's admin (console users
# are ShopDB's users, ADR 0004). Its standard input stays open so that the client does not hang up early.
console() { "$home/bin/client" -a "$ssh_port" -u admin -p "$password" "$1" < <(sleep 120); }

status_of() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base$1" || true; }

if [ "$db" = mariadb ]; then
    url=${BENCH_MARIADB_URL:-jdbc:mysql://127.0.0.1:3306/shopdb_bench}
    export SHOPDB_DB_URL="$url" SHOPDB_DB_USER="${BENCH_MARIADB_USER:-root}" SHOPDB_DB_PASSWORD="${BENCH_MARIADB_PASSWORD:-}"
    mysql -h127.0.0.1 -u"$SHOPDB_DB_USER" ${SHOPDB_DB_PASSWORD:+-p"$SHOPDB_DB_PASSWORD"} \
        -e "DROP DATABASE IF EXISTS shopdb_bench; CREATE DATABASE shopdb_bench CHARACTER SET utf8mb4"
fi

# A fixed secret: tokens stay valid even if something restarts the core during the run.
export SHOPDB_JWT_SECRET=${SHOPDB_JWT_SECRET:-cameras-benchmark-secret-0123456789abcdef}
mkdir -p "$work/dist"
tar xzf "$archive" -C "$work/dist"
home=$(ls -d "$work"/dist/*/)
home=${home%/}
sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$home/etc/org.apache.karaf.shell.cfg"
# JMX ports of their own too, or a second instance on this machine fails to start its RMI registry.
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/" \
    "$home/etc/org.apache.karaf.management.cfg"

printf 'ShopDB cameras plugin benchmark (%s database, %s cores, load average at start: %s)\n' "$db" "$(nproc)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
SHOPDB_HTTP_PORT=$port "$home/bin/start"
[ "$(await_status "$base/api/health" 200 600)" = 200 ] || { echo "no health 200 within 60 s" >&2; exit 1; }
password=${SHOPDB_ADMIN_PASSWORD:-shopdb-admin}
token=""
for _ in $(seq 1 300); do
    token=$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$password\"}" \
        "$base/api/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    [ -n "$token" ] && break
    sleep 0.2
done
[ -n "$token" ] || { echo "cannot log in as admin" >&2; exit 1; }
for _ in $(seq 1 60); do console "shell:echo ready" >/dev/null 2>&1 && break; sleep 1; done

start=$(now)
console "shell:echo ready" >/dev/null
printf 'console round trip (bin/client start, SSH login, one command): %s s\n' "$(since "$start")"
printf 'before install: GET /api/cameras -> %s\n' "$(status_of /api/cameras)"

# Warm the core up first, so the figures below are of a running server, not of a cold JVM.
java "$root/benchmarks/src/LoadGen.java" "$base" "$token" "$rate" 20 "/api/assets?per_page=20" >"$work/warmup.out" 2>&1
printf 'warm-up, %s' "$(grep '^/api' "$work/warmup.out")"
printf '\n'
java "$root/benchmarks/src/LoadGen.java" "$base" "$token" "$rate" 15 "/api/assets?per_page=20" >"$work/install-load.out" 2>&1 &
loader=$!
sleep 5
start=$(now)
console "feature:install shopdb-cameras" >"$work/install.out" 2>&1 &
installer=$!
code=000
for _ in $(seq 1 3000); do
    code=$(status_of /api/cameras)
    [ "$code" = 200 ] && break
    sleep 0.02
done
printf 'feature:install shopdb-cameras to first 200 on /api/cameras: %s s (includes the console round trip)\n' "$(since "$start")"
wait "$installer" || true
[ "$code" = 200 ] || { echo "no 200 on /api/cameras (last $code)"; cat "$work/install.out"; exit 1; }
wait "$loader" || true
printf 'core route under %s requests/s while the plugin was installed (5 s in):\n' "$rate"
cat "$work/install-load.out"

for i in $(seq 1 20); do
    curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"assetnumber\":\"BENCH-CAM-$i\",\"name\":\"Bench camera $i\",\"streamurl\":\"rtsp://10.99.0.$i/live\",\"vendor\":\"Axis\"}" \
        "$base/api/cameras"
done

printf 'live bundle:update of the cameras bundle under %s requests/s for %s s:\n' "$rate" "$seconds"
java "$root/benchmarks/src/LoadGen.java" "$base" "$token" "$rate" "$seconds" /api/cameras "/api/assets?per_page=20" >"$work/load.out" 2>&1 &
loader=$!
sleep $((seconds / 3))
start=$(now)
console "bundle:update org.shopdb.plugins.cameras" >/dev/null
printf 'bundle:update returned after %s s (%s s into the load)\n' "$(since "$start")" "$((seconds / 3))"
wait "$loader" || true
cat "$work/load.out"

start=$(now)
console "feature:uninstall shopdb-cameras" >/dev/null
printf 'feature:uninstall shopdb-cameras returned after %s s; /api/cameras right after: %s\n' "$(since "$start")" \
    "$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' -H "Authorization: Bearer $token" "$base/api/cameras")"
errors=$(grep -c '| ERROR |' "$home/data/log/karaf.log" || true)
printf 'ERROR lines in the log: %s\n' "$errors"
grep '| ERROR |' "$home/data/log/karaf.log" | cut -d'|' -f6- | cut -c1-160 | sort | uniq -c | sort -rn | head -3 || true
printf 'load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
