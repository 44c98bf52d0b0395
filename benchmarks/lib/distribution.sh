# Helpers shared by the benchmark scripts: unpack the built distribution into a scratch
# folder, start it on free ports, wait for it, stop it, and recreate a scratch MariaDB
# database. Source it; every function works on the variables it documents.
#
#   dist_root        the repository root (set on sourcing)
#   dist_home        the unpacked distribution (set by dist_unpack)
#   dist_port        its HTTP port (set by dist_unpack)
#   dist_db          embedded | mariadb (set by dist_use_database)

dist_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

dist_fail() {
    echo "$*" >&2
    exit 1
}

# The distribution archive; fails with the build command when there is none.
dist_archive() {
    local archive
    archive=$(ls "$dist_root"/karaf-assembly/target/shopdb-assembly-*.tar.gz 2>/dev/null | head -n 1)
    [ -n "$archive" ] || dist_fail "No distribution found: run 'mvn -B install -DskipTests' first"
    echo "$archive"
}

# A TCP port on 127.0.0.1 that nothing listens on (probed, not reserved).
dist_free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$(( 20000 + RANDOM % 30000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    dist_fail "no free TCP port found"
}

# Unpacks a fresh copy into $1 (emptied first) and gives it free HTTP, SSH and RMI ports,
# so that it runs beside other distributions on this machine.
dist_unpack() {
    local into="$1"
    rm -rf "$into" && mkdir -p "$into"
    tar xzf "$(dist_archive)" -C "$into"
    dist_home=$(ls -d "$into"/*/)
    dist_home=${dist_home%/}
    dist_port=$(dist_free_port)
    sed -i "s/^sshPort *=.*/sshPort = $(dist_free_port)/" "$dist_home/etc/org.apache.karaf.shell.cfg"
    sed -i -e "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(dist_free_port)/" \
           -e "s/^rmiServerPort *=.*/rmiServerPort = $(dist_free_port)/" "$dist_home/etc/org.apache.karaf.management.cfg"
}

# Selects the database the next dist_start uses: embedded (H2 under data/) or mariadb with
# the scratch database $2 (dropped and created again). MariaDB on 127.0.0.1:3306, root,
# empty password; override with BENCH_MARIADB_HOST / _PORT / _USER / _PASSWORD.
dist_use_database() {
    dist_db="$1"
    case "$dist_db" in
        embedded) unset SHOPDB_DB_URL SHOPDB_DB_USER SHOPDB_DB_PASSWORD ;;
        mariadb)
            dist_mariadb_database="$2"
            export SHOPDB_DB_URL="jdbc:mysql://${BENCH_MARIADB_HOST:-127.0.0.1}:${BENCH_MARIADB_PORT:-3306}/$dist_mariadb_database"
            export SHOPDB_DB_USER="${BENCH_MARIADB_USER:-root}" SHOPDB_DB_PASSWORD="${BENCH_MARIADB_PASSWORD:-}"
            dist_mysql -e "DROP DATABASE IF EXISTS $dist_mariadb_database; CREATE DATABASE $dist_mariadb_database CHARACTER SET utf8mb4"
            ;;
        *) dist_fail "unknown database '$dist_db' (embedded or mariadb)" ;;
    esac
}

# The mysql client on the benchmark's MariaDB; arguments are passed on.
dist_mysql() {
    mysql -h"${BENCH_MARIADB_HOST:-127.0.0.1}" -P"${BENCH_MARIADB_PORT:-3306}" -u"${BENCH_MARIADB_USER:-root}" \
        ${BENCH_MARIADB_PASSWORD:+-p"$BENCH_MARIADB_PASSWORD"} "$@"
}

# The JDBC URL, user and password a client outside Karaf uses for the selected database
# (the embedded one only while the distribution is stopped: H2 locks its file).
dist_jdbc_url() {
    if [ "$dist_db" = embedded ]; then
        echo "jdbc:h2:file:$dist_home/data/shopdb/shopdb;MODE=LEGACY"
    else
        echo "$SHOPDB_DB_URL"
    fi
}
dist_jdbc_user() { [ "$dist_db" = embedded ] && echo "" || echo "$SHOPDB_DB_USER"; }
dist_jdbc_password() { [ "$dist_db" = embedded ] && echo "" || echo "$SHOPDB_DB_PASSWORD"; }

# Class path with the JDBC drivers the distribution ships (H2 and mysql-connector-j).
dist_jdbc_classpath() {
    local h2 mysql
    h2=$(ls "$dist_home"/system/com/h2database/h2/*/h2-*.jar | head -n 1)
    mysql=$(ls "$dist_home"/system/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | head -n 1)
    echo "$h2:$mysql"
}

# Starts the distribution and waits up to $1 seconds (default 120) for health 200.
# Extra environment for Karaf can be passed as NAME=value arguments after the timeout.
# Ports are probed, not reserved: when another process took the HTTP port meanwhile, the
# distribution is started again on another one.
dist_start() {
    local timeout="${1:-120}" status=000 attempt
    shift || true
    for attempt in 1 2 3; do
        env "$@" SHOPDB_HTTP_PORT="$dist_port" "$dist_home/bin/start" >/dev/null
        for _ in $(seq 1 $(( timeout * 5 ))); do
            status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$dist_port/api/health" || true)
            [ "$status" = 200 ] && return 0
            if grep -q "Failed to bind to /0.0.0.0:$dist_port" "$dist_home/data/log/karaf.log" 2>/dev/null; then
                echo "HTTP port $dist_port was taken meanwhile: starting again on another port" >&2
                dist_stop
                sed -i "/Failed to bind to/d" "$dist_home/data/log/karaf.log"
                dist_port=$(dist_free_port)
                continue 2
            fi
            sleep 0.2
        done
        break
    done
    dist_fail "no health 200 within $timeout s (last $status); log: $dist_home/data/log/karaf.log"
}

# The process id of the running distribution, if any.
dist_pid() {
    [ -n "${dist_home:-}" ] && pgrep -f "karaf.home=$dist_home( |$)" | head -n 1 || true
}

# Stops the distribution (if it runs) and waits for its process to end; kills it after 30 s.
dist_stop() {
    local pid
    pid=$(dist_pid)
    [ -n "$pid" ] || return 0
    "$dist_home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 150); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    kill -9 "$pid" 2>/dev/null || true
}

# Resident memory of the running distribution in MB.
dist_rss_mb() {
    echo $(( $(ps -o rss= -p "$(dist_pid)") / 1024 ))
}

# Runs one SQL statement on the selected database from outside Karaf (embedded: only while
# the distribution is stopped, H2 locks its file).
dist_sql() {
    if [ "$dist_db" = embedded ]; then
        java -cp "$(dist_jdbc_classpath)" org.h2.tools.Shell -url "$(dist_jdbc_url)" -user "" -password "" -sql "$1" >/dev/null
    else
        dist_mysql "$dist_mariadb_database" -e "$1"
    fi
}

# EXIT trap of the scripts: stops the distribution, then removes the scratch folder $work and
# the scratch MariaDB database (gigabytes after a large run), or keeps both (and says where)
# when the script failed, for the logs and the data.
dist_finish() {
    dist_stop
    if [ "$1" = 0 ] || [ "${BENCH_KEEP_ON_FAILURE:-1}" = 0 ]; then
        rm -rf "$work"
        if [ "${dist_db:-}" = mariadb ]; then
            dist_mysql -e "DROP DATABASE IF EXISTS $dist_mariadb_database" || echo "could not drop MariaDB database $dist_mariadb_database" >&2
        fi
    else
        echo "FAILED (exit $1): kept $work for inspection (karaf.log: ${dist_home:-?}/data/log/karaf.log)" >&2
        [ "${dist_db:-}" != mariadb ] || echo "kept MariaDB database $dist_mariadb_database" >&2
    fi
}
