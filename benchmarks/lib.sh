# Helpers shared by the benchmark scripts (sourced, not run).

# The built distribution archive; exits when there is none.
distribution_archive() {
    local root="$1" archive
    archive=$(ls "$root"/karaf-assembly/target/shopdb-assembly-*.tar.gz 2>/dev/null | head -n 1)
    [ -n "$archive" ] || { echo "No distribution found: run 'mvn -B install -DskipTests' first" >&2; exit 1; }
    echo "$archive"
}

# Stops the distribution unpacked at $home, if any, and waits until its JVM is gone.
stop_karaf() {
    if [ -n "${home:-}" ] && [ -x "$home/bin/stop" ]; then
        "$home/bin/stop" >/dev/null 2>&1 || true
        for _ in $(seq 1 50); do pgrep -f "karaf.home=$home" >/dev/null || break; sleep 0.2; done
        pkill -9 -f "karaf.home=$home" 2>/dev/null || true
    fi
}

# Polls URL every 0.1 s until it answers STATUS, at most TENTHS times; prints the last status.
await_status() {
    local url="$1" status="$2" tenths="$3" last=000
    for _ in $(seq 1 "$tenths"); do
        last=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
        [ "$last" = "$status" ] && break
        sleep 0.1
    done
    echo "$last"
}
