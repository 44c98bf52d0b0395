#!/usr/bin/env bash
# Inventory agents benchmark: FusionInventory inventories/s through POST /api/agents/ocs
# (zlib bodies, HTTP Basic with an agents API key, as the agent sends them), N distinct
# computers posted by C concurrent clients, then the same N again (all "unchanged"). Each
# inventory is this repository's sample of a real agent run (25 packages) made distinct by
# device id, host name and address. Prints figures; asserts nothing.
#
#   benchmarks/agents-ingest.sh [--inventories N] [--concurrency C] [--db h2|mariadb] [--sample FILE]
#
# --sample: another FusionInventory XML inventory to multiply, e.g. this machine's as the agent
# writes it (fusioninventory-agent --local /tmp/inv --no-category process,environment): a PC
# with hundreds of packages rather than the repository's 25.
#
# Needs the built distribution (mvn -B install -DskipTests) with the computers and applications
# plugins (their features shopdb-computers and shopdb-applications); MariaDB on 127.0.0.1:3306 for
# --db mariadb (root, empty password; BENCH_MARIADB_* override), database shopdb_bench_agents (its own,
# so that the other benchmarks, which share shopdb_bench, can run meanwhile).
set -euo pipefail

inventories=400
concurrency=16
db=h2
sample_option=""
while [ $# -gt 0 ]; do
    case "$1" in
        --inventories) inventories="$2"; shift 2 ;;
        --concurrency) concurrency="$2"; shift 2 ;;
        --db) db="$2"; shift 2 ;;
        --sample) sample_option="$2"; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/benchmarks/lib.sh"
archive=$(distribution_archive "$root")
sample=${sample_option:-$root/plugins/agents/src/test/resources/inventories/fusioninventory-debian.xml}

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
# The console logs in with ShopDB's users (its JAAS realm), so as the admin, through the script-safe shell
console() { SHOPDB_SSH_PORT=$ssh_port "$home/bin/shopdb-shell" -u admin -p "$SHOPDB_ADMIN_PASSWORD" "$1"; }

if [ "$db" = mariadb ]; then
    database=${BENCH_MARIADB_DATABASE:-shopdb_bench_agents}
    export SHOPDB_DB_URL=${BENCH_MARIADB_URL:-jdbc:mysql://127.0.0.1:3306/$database}
    export SHOPDB_DB_USER="${BENCH_MARIADB_USER:-root}" SHOPDB_DB_PASSWORD="${BENCH_MARIADB_PASSWORD:-}"
    mysql -h127.0.0.1 -u"$SHOPDB_DB_USER" ${SHOPDB_DB_PASSWORD:+-p"$SHOPDB_DB_PASSWORD"} \
        -e "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4"
fi
export SHOPDB_ADMIN_PASSWORD=bench-admin-password SHOPDB_JWT_SECRET=agents-benchmark-secret-0123456789abcdef

mkdir -p "$work/dist" && tar xzf "$archive" -C "$work/dist"
home=$(ls -d "$work"/dist/*/) && home=${home%/}
sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$home/etc/org.apache.karaf.shell.cfg"
SHOPDB_HTTP_PORT=$port "$home/bin/start"
[ "$(await_status "$base/api/health" 200 900)" = 200 ] || { echo "no health 200 within 90 s" >&2; exit 1; }
for _ in $(seq 1 100); do console "shopdb:migrate-status" >/dev/null 2>&1 && break; sleep 1; done
console "feature:install --no-auto-refresh shopdb-computers shopdb-applications shopdb-agents" \
    || { echo "cannot install shopdb-computers shopdb-applications shopdb-agents: are the plugins in this distribution?" >&2; exit 1; }

token=""
for _ in $(seq 1 300); do
    token=$(curl -s -X POST "$base/api/auth/login" -H 'Content-Type: application/json' \
        -d "{\"username\":\"admin\",\"password\":\"$SHOPDB_ADMIN_PASSWORD\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    [ -n "$token" ] && break
    sleep 0.2
done
[ -n "$token" ] || { echo "cannot log in" >&2; exit 1; }
for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/agents")" = 200 ] && break
    sleep 0.1
done
key=$(curl -s -X POST "$base/api/apikeys" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"bench-agents","collectors":["agents"]}' | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
[ -n "$key" ] || { echo "cannot create the API key" >&2; exit 1; }

# N distinct zlib inventories
mkdir -p "$work/inv"
python3 - "$sample" "$work/inv" "$inventories" <<'PY'
import re, sys, zlib
sample, out, n = open(sys.argv[1]).read(), sys.argv[2], int(sys.argv[3])
hardware = re.search(r'<HARDWARE>.*?</HARDWARE>', sample, re.S).group(0)
host = re.search(r'<NAME>([^<]*)</NAME>', hardware).group(1)
ip = re.search(r'<IPADDR>([^<]*)</IPADDR>', hardware).group(1)
programs = len(set(re.findall(r'<SOFTWARES>.*?<NAME>([^<]*)</NAME>.*?</SOFTWARES>', sample, re.S)))
print('sample: %s, host %s, %d programs, %d bytes of XML' % (sys.argv[1].split('/')[-1], host, programs, len(sample)))
for i in range(n):
    xml = re.sub(r'<DEVICEID>[^<]*</DEVICEID>', '<DEVICEID>bench-%05d</DEVICEID>' % i, sample)
    xml = (xml.replace('<NAME>%s</NAME>' % host, '<NAME>bench-pc-%05d</NAME>' % i)
              .replace('<FQDN>%s</FQDN>' % host, '<FQDN>bench-pc-%05d</FQDN>' % i)
              .replace('>%s<' % ip, '>10.%d.%d.%d<' % (i // 65536 % 256, i // 256 % 256, i % 256 or 1)))
    open('%s/%05d.zlib' % (out, i), 'wb').write(zlib.compress(xml.encode()))
PY

post_all() {
    ls "$work"/inv/*.zlib | xargs -P "$concurrency" -I{} curl -s -o /dev/null -w '%{http_code}\n' -u "bench:$key" \
        -H 'Content-Type: application/x-compress-zlib' --data-binary @{} "$base/api/agents/ocs" > "$work/codes"
}
for pass in first second; do
    start=$(now)
    post_all
    seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
    ok=$(grep -c '^200$' "$work/codes" || true)
    awk -v n="$inventories" -v ok="$ok" -v s="$seconds" -v c="$concurrency" -v p="$pass" -v db="$db" \
        'BEGIN { printf "%-6s pass (%s): %d inventories, %d answered 200, %d clients, %.2f s, %.1f inventories/s\n", p, db, n, ok, c, s, n / s }'
done
curl -s -H "Authorization: Bearer $token" "$base/api/agents?per_page=1" | sed -n 's/.*"total":\([0-9]*\).*/agents listed: \1/p'
