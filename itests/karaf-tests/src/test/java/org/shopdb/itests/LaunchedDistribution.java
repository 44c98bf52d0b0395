package org.shopdb.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built distribution unpacked and started as an operator starts it ({@code bin/karaf
 * server}) with exactly the environment a test gives, for what Pax Exam cannot do: run
 * ShopDB under a chosen set of {@code SHOPDB_*} variables. Loopback only, free ports; the
 * process is killed on {@link #close()} and when the test JVM exits.
 */
public final class LaunchedDistribution implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path home;
    private final int httpPort;
    private final Process process;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LaunchedDistribution(Path home, int httpPort, Process process) {
        this.home = home;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Unpacks a fresh copy and starts it with {@code environment} as its only {@code SHOPDB_*} variables. */
    public static LaunchedDistribution start(Map<String, String> environment) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "launched-");
        run(List.of("tar", "xzf", Path.of(ShopdbDistribution.required("shopdb.assembly")).toAbsolutePath().toString(), "-C",
                root.toAbsolutePath().toString()));
        Path home;
        try (var entries = Files.list(root)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException("empty archive"));
        }
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", ListenPorts.pick());
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", ListenPorts.pick());
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", ListenPorts.pick());
        int httpPort = ListenPorts.pick();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.out").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SHOPDB_"));
        env.putAll(environment);
        env.put("SHOPDB_HTTP_PORT", Integer.toString(httpPort));
        env.put("EXTRA_JAVA_OPTS", "-Djdk.util.zip.disableZip64ExtraFieldValidation=true");
        Process process = builder.start();
        LaunchedDistribution launched = new LaunchedDistribution(home, httpPort, process);
        Runtime.getRuntime().addShutdownHook(new Thread(launched::kill));
        return launched;
    }

    /** Waits until {@code /api/health} answers at all (200 or 503), then returns that answer. */
    public HttpResponse<String> awaitHealth() throws InterruptedException {
        return awaitHealth(List.of(200, 503));
    }

    /** Waits until {@code /api/health} answers 200, or returns its last answer after the start timeout. */
    public HttpResponse<String> awaitReady() throws InterruptedException {
        return awaitHealth(List.of(200));
    }

    private HttpResponse<String> awaitHealth(List<Integer> accepted) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ShopDB exited with " + process.exitValue() + "; see " + home.resolve("console.out"));
            }
            try {
                last = get("/api/health");
                if (accepted.contains(last.statusCode())) {
                    return last;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(500);
        }
        if (last != null) {
            return last;
        }
        throw new IllegalStateException("No answer from /api/health within " + START_TIMEOUT);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    /** GET with {@code Authorization: Bearer token} unless the token is null. */
    public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return postJson(path, json, null);
    }

    /** POST of a JSON body with {@code Authorization: Bearer token} unless the token is null. */
    public HttpResponse<String> postJson(String path, String json, String token) throws IOException, InterruptedException {
        return client.send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /**
     * Posts until the route is served: right after start the whiteboard rebuilds the
     * application as resources arrive, answering 404 for a moment.
     */
    public HttpResponse<String> postJsonOnceServed(String path, String json) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        HttpResponse<String> reply = postJson(path, json);
        while (reply.statusCode() == 404 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            reply = postJson(path, json);
        }
        return reply;
    }

    /** Lines of {@code data/log/karaf.log}. */
    public List<String> logLines() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Override
    public void close() {
        kill();
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    private static void setProperty(Path file, String key, int value) throws IOException {
        String content = Files.readString(file);
        Matcher line = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=.*$").matcher(content);
        String replacement = key + " = " + value;
        content = line.find() ? line.replaceFirst(Matcher.quoteReplacement(replacement)) : content + "\n" + replacement + "\n";
        Files.writeString(file, content);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new UncheckedIOException(new IOException(String.join(" ", command) + " failed"));
        }
    }

    static Map<String, String> mapOf(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
