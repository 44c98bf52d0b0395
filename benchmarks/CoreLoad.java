import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator of benchmarks/core-load.sh, run as {@code java CoreLoad.java key=value ...}
 * against a running distribution: logs in, bulk-loads assets (and addresses for a share of
 * them) over the HTTP API, then measures paged listing throughput and search latency.
 * Prints the figures as "result" lines the script turns into a table; exits 1 on any
 * failed request or wrong answer.
 *
 * <p>Keys: base (http://127.0.0.1:8181), password, assets (100000), type (asset type code),
 * loaders (4), addressevery (5: every 5th asset gets an address), listclients (4),
 * listseconds (30), searchrounds (100 per query kind), seed (42).
 */
public class CoreLoad {

    private static final Pattern ASSET_ID = Pattern.compile("\"assetid\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern FIRST_HIT = Pattern.compile("\"data\":\\[\\{\"assetid\":\\d+,\"assetnumber\":\"([^\"]+)\".*?\"matchedfield\":\"([a-z]+)\",.*?\"rank\":(\\d)");

    private static final String[] MACHINES = {"Lathe", "Mill", "Press", "Grinder", "Robot", "Conveyor", "Oven", "Printer",
        "Washer", "Drill", "Saw", "Laser", "Furnace", "Scanner", "Palletizer", "Extruder"};
    private static final String[] ROLES = {"controller PC", "HMI panel", "PLC", "camera", "label printer", "switch",
        "barcode scanner", "gateway", "industrial PC", "sensor hub"};
    /** Fragments of names: a contains query that matches many assets. */
    private static final String[] NAME_FRAGMENTS = {"rinde", "ateway", "nveyo", "abel pr", "alletiz", "xtrud", "ensor h"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> options;
    private final String base;
    private final int assets;
    private final int addressEvery;
    private final long seed;
    private String token;

    private CoreLoad(Map<String, String> options) {
        this.options = options;
        this.base = option("base", "http://127.0.0.1:8181");
        this.assets = Integer.parseInt(option("assets", "100000"));
        this.addressEvery = Integer.parseInt(option("addressevery", "5"));
        this.seed = Long.parseLong(option("seed", "42"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        try {
            new CoreLoad(options).run();
        } catch (BenchmarkFailure failure) {
            System.err.println("FAILED: " + failure.getMessage());
            System.exit(1);
        }
    }

    private String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    private void run() throws Exception {
        login();
        load();
        list();
        search();
    }

    // ---- login ---------------------------------------------------------------------------

    /** Health answers before every route is registered, so login is retried for a while. */
    private void login() throws Exception {
        String body = "{\"username\":\"admin\",\"password\":\"" + option("password", "shopdb-admin") + "\"}";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Reply reply;
        do {
            reply = send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            Matcher token = TOKEN.matcher(reply.body);
            if (reply.status == 200 && token.find()) {
                this.token = token.group(1);
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new BenchmarkFailure("login failed: " + reply);
    }

    // ---- bulk load -----------------------------------------------------------------------

    private void load() throws Exception {
        int loaders = Integer.parseInt(option("loaders", "4"));
        String type = option("type", "benchpc");
        AtomicInteger next = new AtomicInteger(1);
        AtomicInteger done = new AtomicInteger();
        AtomicLong requests = new AtomicLong();
        int step = Math.max(1, assets / 20);
        long start = System.nanoTime();
        System.out.printf(Locale.ROOT, "loading %d assets (every %d. with a network address) with %d concurrent clients%n",
                assets, addressEvery, loaders);
        runConcurrently(loaders, worker -> () -> {
            for (int i = next.getAndIncrement(); i <= assets; i = next.getAndIncrement()) {
                Reply created = post("/api/assets", assetJson(i, type));
                requests.incrementAndGet();
                expect(created, 201, "create asset " + assetNumber(i));
                if (i % addressEvery == 0) {
                    Matcher id = ASSET_ID.matcher(created.body);
                    if (!id.find()) {
                        throw new BenchmarkFailure("no assetid in " + created);
                    }
                    expect(post("/api/assets/" + id.group(1) + "/addresses", addressJson(i)), 201, "add address of " + assetNumber(i));
                    requests.incrementAndGet();
                }
                int count = done.incrementAndGet();
                if (count % step == 0 || count == assets) {
                    double seconds = seconds(start);
                    System.out.printf(Locale.ROOT, "  %,9d / %,d assets (%3d%%)  %6.1f s  %7.1f assets/s%n",
                            count, assets, (int) (100L * count / assets), seconds, count / seconds);
                }
            }
            return null;
        });
        double seconds = seconds(start);
        result("load", "assets", assets, "seconds", seconds, "assets_per_s", assets / seconds,
                "requests_per_s", requests.get() / seconds, "clients", loaders);
    }

    static String assetNumber(int i) {
        return String.format(Locale.ROOT, "BN-%07d", i);
    }

    private String assetJson(int i, String type) {
        String name = MACHINES[i % MACHINES.length] + " " + (i % 97 + 1) + " " + ROLES[(i / MACHINES.length) % ROLES.length];
        return "{\"assetnumber\":\"" + assetNumber(i) + "\",\"name\":\"" + name + "\",\"assettype\":\"" + type
                + "\",\"serialnumber\":\"" + serial(i) + "\"}";
    }

    /** A random-looking but reproducible serial number: SN + 10 of [A-Z0-9]. */
    private String serial(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        char[] chars = new char[10];
        for (int c = 0; c < chars.length; c++) {
            int v = random.nextInt(36);
            chars[c] = (char) (v < 10 ? '0' + v : 'A' + v - 10);
        }
        return "SN" + new String(chars);
    }

    static String ip(int i) {
        return "10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255);
    }

    private static String addressJson(int i) {
        return "{\"ipaddress\":\"" + ip(i) + "\",\"hostname\":\"" + assetNumber(i).toLowerCase(Locale.ROOT)
                + ".plant.example\",\"macaddress\":\"" + String.format(Locale.ROOT, "02:00:00:%02X:%02X:%02X",
                        (i >> 16) & 255, (i >> 8) & 255, i & 255) + "\",\"isprimary\":true}";
    }

    // ---- paged list ----------------------------------------------------------------------

    private void list() throws Exception {
        int clients = Integer.parseInt(option("listclients", "4"));
        long seconds = Long.parseLong(option("listseconds", "30"));
        int pages = Math.max(1, (assets + 49) / 50);
        Reply first = get("/api/assets?page=1&per_page=50");
        expect(first, 200, "list page 1");
        Matcher total = TOTAL.matcher(first.body);
        if (!total.find() || Long.parseLong(total.group(1)) != assets) {
            throw new BenchmarkFailure("list total is not " + assets + ": " + first);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<long[]> perClient = runConcurrently(clients, worker -> () -> {
            Random random = new Random(seed + worker);
            long[] latencies = new long[1 << 20];
            int n = 0;
            while (System.nanoTime() < deadline && n < latencies.length) {
                int page = 1 + random.nextInt(pages);
                long t0 = System.nanoTime();
                Reply reply = get("/api/assets?page=" + page + "&per_page=50");
                latencies[n++] = System.nanoTime() - t0;
                expect(reply, 200, "list page " + page);
                if (!reply.body.contains("\"assetnumber\":\"BN-")) {
                    throw new BenchmarkFailure("page " + page + " holds no asset: " + reply);
                }
            }
            return Arrays.copyOf(latencies, n);
        });
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        result("list", "requests", all.length, "clients", clients, "requests_per_s", all.length / (double) seconds,
                "p50_ms", percentile(all, 50), "p95_ms", percentile(all, 95), "p99_ms", percentile(all, 99));
    }

    // ---- search --------------------------------------------------------------------------

    private void search() throws Exception {
        int rounds = Integer.parseInt(option("searchrounds", "100"));
        Random random = new Random(seed);
        Map<String, IntFunction<Query>> kinds = new LinkedHashMap<>();
        kinds.put("exact", i -> new Query(assetNumber(i), assetNumber(i), "assetnumber", 1));
        kinds.put("ip", i -> {
            int withAddress = Math.max(addressEvery, i - i % addressEvery);
            return new Query(ip(withAddress), assetNumber(withAddress), "ipaddress", 1);
        });
        kinds.put("prefix", i -> {
            String number = assetNumber(Math.max(100, i - i % 100));
            return new Query(number.substring(0, number.length() - 2), number, "assetnumber", 2);
        });
        kinds.put("contains-name", i -> new Query(NAME_FRAGMENTS[i % NAME_FRAGMENTS.length], null, "name", 3));
        kinds.put("contains-serial", i -> new Query(serial(i).substring(3, 9).toLowerCase(Locale.ROOT), assetNumber(i), "serialnumber", 3));
        List<long[]> everything = new ArrayList<>();
        for (Map.Entry<String, IntFunction<Query>> kind : kinds.entrySet()) {
            long[] latencies = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                Query query = kind.getValue().apply(1 + random.nextInt(assets));
                long t0 = System.nanoTime();
                Reply reply = get("/api/search?q=" + URLEncoder.encode(query.text, StandardCharsets.UTF_8) + "&per_page=20");
                latencies[round] = System.nanoTime() - t0;
                expect(reply, 200, "search " + query.text);
                query.check(reply);
            }
            Arrays.sort(latencies);
            everything.add(latencies);
            result("search", "kind", kind.getKey(), "queries", rounds, "p50_ms", percentile(latencies, 50),
                    "p95_ms", percentile(latencies, 95), "p99_ms", percentile(latencies, 99));
        }
        long[] all = everything.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        result("search", "kind", "all", "queries", all.length, "p50_ms", percentile(all, 50),
                "p95_ms", percentile(all, 95), "p99_ms", percentile(all, 99));
    }

    /** A search and what its first hit must be (null: anything, as long as there is a hit). */
    private record Query(String text, String firstAssetNumber, String matchedField, int rank) {

        void check(Reply reply) {
            Matcher first = FIRST_HIT.matcher(reply.body);
            if (!first.find()) {
                throw new BenchmarkFailure("search '" + text + "' found nothing: " + reply);
            }
            boolean right = Integer.parseInt(first.group(3)) == rank
                    && (firstAssetNumber == null || firstAssetNumber.equals(first.group(1)))
                    && (matchedField == null || matchedField.equals(first.group(2)));
            if (!right) {
                throw new BenchmarkFailure("search '" + text + "' ranked wrong (want " + firstAssetNumber + " by "
                        + matchedField + " at rank " + rank + "): " + reply);
            }
        }
    }

    // ---- plumbing ------------------------------------------------------------------------

    private Reply get(String path) {
        return send(authorized(path).GET().build());
    }

    private Reply post(String path, String json) {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new BenchmarkFailure(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted");
        }
    }

    private static void expect(Reply reply, int status, String what) {
        if (reply.status != status) {
            throw new BenchmarkFailure(what + ": expected " + status + ", got " + reply);
        }
    }

    private static <T> List<T> runConcurrently(int threads, IntFunction<java.util.concurrent.Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(work.apply(t)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    pool.shutdownNow();
                    throw e.getCause() instanceof BenchmarkFailure failure ? failure : new BenchmarkFailure(e.getCause().toString());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1_000_000.0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** One machine-readable result line: {@code result <phase> key=value ...}. */
    private static void result(String phase, Object... pairs) {
        StringBuilder line = new StringBuilder("result ").append(phase);
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            line.append(' ').append(pairs[i]).append('=')
                    .append(value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value);
        }
        System.out.println(line);
    }

    private record Reply(int status, String body) {
        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private static final class BenchmarkFailure extends RuntimeException {
        BenchmarkFailure(String message) {
            super(message);
        }
    }
}
