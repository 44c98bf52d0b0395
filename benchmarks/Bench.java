import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ShopDB's benchmark tool, run by the scripts beside it as
 * {@code java [-cp <jdbc drivers>] Bench.java <command> key=value ...} (Java 17, no
 * dependencies but the JDBC drivers the distribution ships). Commands:
 * <ul>
 * <li>{@code http}: against a running distribution, logs in, bulk-loads assets (and
 * addresses for a share of them) over the HTTP API, then measures paged listing and search.
 * Keys: base, password, assets (100000), type, loaders (4), addressevery (5), listclients
 * (4), listseconds (30), searchrounds (100), phases (load,list,search).</li>
 * <li>{@code jdbc-load}: fills a migrated, empty ShopDB database with the same test data
 * straight over JDBC, in batches. Keys: url, user, password, assets, addressevery.</li>
 * <li>{@code probe}: runs each search probe over HTTP and prints its latency; with SQL
 * tracing switched on in the distribution this records the SQL the search service issues.
 * Keys: base, password, assets, rounds (5).</li>
 * <li>{@code explain}: reads that SQL trace (format h2 or mysql), and for every search
 * statement prints the database's plan and its latency over JDBC; exits 1 when an exact
 * or prefix statement is not answered from an index. Keys: url, user, password, assets,
 * trace, format, rounds (5).</li>
 * </ul>
 * Figures are printed as {@code result <phase> key=value ...} lines for the scripts;
 * any failed request or wrong answer ends the run with exit code 1.
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java Bench.java http|jdbc-load|probe|explain key=value ...");
            System.exit(2);
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        try {
            switch (args[0]) {
                case "http" -> new HttpBenchmark(options).run();
                case "jdbc-load" -> new JdbcLoad(options).run();
                case "probe" -> new SearchProbe(options).run();
                case "explain" -> new SearchPlans(options).run();
                default -> throw new BenchmarkFailure("unknown command " + args[0]);
            }
        } catch (BenchmarkFailure failure) {
            System.err.println("FAILED: " + failure.getMessage());
            System.exit(1);
        }
    }
}

/** key=value arguments. */
record Options(Map<String, String> values) {

    static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            values.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return new Options(values);
    }

    String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    String require(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new BenchmarkFailure("missing " + key + "=...");
        }
        return value;
    }

    int integer(String key, int fallback) {
        return Integer.parseInt(get(key, String.valueOf(fallback)));
    }
}

/**
 * The benchmark's assets, the same whichever way they are loaded: asset i (from 1) is
 * BN-000000i, named after a machine and a role, with a reproducible random serial number;
 * every {@code addressEvery}-th asset has an IP, MAC and hostname.
 */
final class TestData {

    static final String TYPE = "benchpc";
    private static final String[] MACHINES = {"Lathe", "Mill", "Press", "Grinder", "Robot", "Conveyor", "Oven", "Printer",
        "Washer", "Drill", "Saw", "Laser", "Furnace", "Scanner", "Palletizer", "Extruder"};
    private static final String[] ROLES = {"controller PC", "HMI panel", "PLC", "camera", "label printer", "switch",
        "barcode scanner", "gateway", "industrial PC", "sensor hub"};
    /** Fragments of names: contains queries that match many assets. */
    static final String[] NAME_FRAGMENTS = {"rinde", "ateway", "nveyo", "abel pr", "alletiz", "xtrud", "ensor h"};

    final int assets;
    final int addressEvery;

    TestData(int assets, int addressEvery) {
        this.assets = assets;
        this.addressEvery = addressEvery;
    }

    static TestData from(Options options) {
        return new TestData(options.integer("assets", 100_000), options.integer("addressevery", 5));
    }

    static String assetNumber(int i) {
        return String.format(Locale.ROOT, "BN-%07d", i);
    }

    static String name(int i) {
        return MACHINES[i % MACHINES.length] + " " + (i % 97 + 1) + " " + ROLES[(i / MACHINES.length) % ROLES.length];
    }

    /** SN + 10 of [A-Z0-9], random-looking but the same on every run. */
    static String serial(int i) {
        Random random = new Random(1_000_003L * i);
        char[] chars = new char[10];
        for (int c = 0; c < chars.length; c++) {
            int v = random.nextInt(36);
            chars[c] = (char) (v < 10 ? '0' + v : 'A' + v - 10);
        }
        return "SN" + new String(chars);
    }

    boolean hasAddress(int i) {
        return i % addressEvery == 0;
    }

    /** The nearest asset at or below i that has an address. */
    int withAddress(int i) {
        return Math.max(addressEvery, i - i % addressEvery);
    }

    static String ip(int i) {
        return "10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255);
    }

    static String mac(int i) {
        return String.format(Locale.ROOT, "02:00:00:%02X:%02X:%02X", (i >> 16) & 255, (i >> 8) & 255, i & 255);
    }

    static String hostname(int i) {
        return assetNumber(i).toLowerCase(Locale.ROOT) + ".plant.example";
    }

    /** The search query kinds, each with a query made from asset i and what must come first. */
    Map<String, IntFunction<SearchQuery>> queryKinds() {
        Map<String, IntFunction<SearchQuery>> kinds = new LinkedHashMap<>();
        kinds.put("exact", i -> new SearchQuery(assetNumber(i), assetNumber(i), "assetnumber", 1));
        kinds.put("ip", i -> new SearchQuery(ip(withAddress(i)), assetNumber(withAddress(i)), "ipaddress", 1));
        kinds.put("prefix", i -> {
            String number = assetNumber(Math.max(100, i - i % 100));
            return new SearchQuery(number.substring(0, number.length() - 2), number, "assetnumber", 2);
        });
        kinds.put("contains-name", i -> new SearchQuery(NAME_FRAGMENTS[i % NAME_FRAGMENTS.length], null, "name", 3));
        kinds.put("contains-serial", i -> new SearchQuery(serial(i).substring(3, 9).toLowerCase(Locale.ROOT),
                assetNumber(i), "serialnumber", 3));
        // "qz-" occurs in no asset number, name, serial number or address: every rank finds nothing
        kinds.put("contains-none", i -> new SearchQuery("qz-" + (i % 1000), null, null, 0));
        return kinds;
    }
}

/** A search and what its first hit must be (null: any; rank 0: no hit at all). */
record SearchQuery(String text, String firstAssetNumber, String matchedField, int rank) {

    private static final Pattern FIRST_HIT = Pattern.compile(
            "\"data\":\\[\\{\"assetid\":\\d+,\"assetnumber\":\"([^\"]+)\".*?\"matchedfield\":\"([a-z]+)\",.*?\"rank\":(\\d)");

    String path() {
        return "/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&per_page=20";
    }

    void check(Reply reply) {
        reply.expect(200, "search " + text);
        if (rank == 0) {
            if (!reply.body().contains("\"total\":0")) {
                throw new BenchmarkFailure("search '" + text + "' should find nothing: " + reply);
            }
            return;
        }
        Matcher first = FIRST_HIT.matcher(reply.body());
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

record Reply(int status, String body) {

    void expect(int wanted, String what) {
        if (status != wanted) {
            throw new BenchmarkFailure(what + ": expected " + wanted + ", got " + this);
        }
    }

    @Override
    public String toString() {
        return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}

/** An HTTP client logged in as admin. */
final class ShopdbClient {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String token;

    ShopdbClient(Options options) {
        this.base = options.require("base");
        login(options.get("password", "shopdb-admin"));
    }

    /** Health answers before every route is registered, so login is retried for a while. */
    private void login(String password) {
        String body = "{\"username\":\"admin\",\"password\":\"" + password + "\"}";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Reply reply;
        do {
            reply = send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            Matcher found = TOKEN.matcher(reply.body());
            if (reply.status() == 200 && found.find()) {
                token = found.group(1);
                return;
            }
            sleep(500);
        } while (System.nanoTime() < deadline);
        throw new BenchmarkFailure("login failed: " + reply);
    }

    Reply get(String path) {
        return send(authorized(path).GET().build());
    }

    Reply post(String path, String json) {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new BenchmarkFailure(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkFailure("interrupted");
        }
    }
}

/** Bulk load, paged list and search over HTTP. */
final class HttpBenchmark {

    private static final Pattern ASSET_ID = Pattern.compile("\"assetid\":(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private final Options options;
    private final TestData data;
    private final ShopdbClient client;
    private final AtomicLong retried = new AtomicLong();

    HttpBenchmark(Options options) {
        this.options = options;
        this.data = TestData.from(options);
        this.client = new ShopdbClient(options);
    }

    void run() throws Exception {
        List<String> phases = List.of(options.get("phases", "load,list,search").split(","));
        if (phases.contains("load")) {
            load();
        }
        if (phases.contains("list")) {
            list();
        }
        if (phases.contains("search")) {
            search();
        }
    }

    private void load() throws Exception {
        int loaders = options.integer("loaders", 4);
        String type = options.get("type", TestData.TYPE);
        AtomicInteger next = new AtomicInteger(1);
        AtomicInteger done = new AtomicInteger();
        AtomicLong requests = new AtomicLong();
        int step = Math.max(1, data.assets / 20);
        long start = System.nanoTime();
        System.out.printf(Locale.ROOT, "loading %d assets (every %d. with a network address) with %d concurrent clients%n",
                data.assets, data.addressEvery, loaders);
        Results.runConcurrently(loaders, worker -> () -> {
            for (int i = next.getAndIncrement(); i <= data.assets; i = next.getAndIncrement()) {
                Reply created = create(i, type, requests);
                if (data.hasAddress(i)) {
                    Matcher id = ASSET_ID.matcher(created.body());
                    if (!id.find()) {
                        throw new BenchmarkFailure("no assetid in " + created);
                    }
                    addAddress(i, id.group(1), requests);
                }
                int count = done.incrementAndGet();
                if (count % step == 0 || count == data.assets) {
                    double seconds = Results.secondsSince(start);
                    System.out.printf(Locale.ROOT, "  %,9d / %,d assets (%3d%%)  %6.1f s  %7.1f assets/s%n",
                            count, data.assets, (int) (100L * count / data.assets), seconds, count / seconds);
                }
            }
            return null;
        });
        double seconds = Results.secondsSince(start);
        Results.print("load", "assets", data.assets, "seconds", seconds, "assets_per_s", data.assets / seconds,
                "requests_per_s", requests.get() / seconds, "clients", loaders, "retried", retried.get());
    }

    /**
     * Creates asset i. A 409 "already taken" for a number that does not exist is retried
     * (up to 3 times), counted and reported: on the embedded database, concurrent inserts
     * now and then collide on the generated primary key, which the API reports as a
     * taken asset number. A 409 for a number that does exist is a failure.
     */
    private Reply create(int i, String type, AtomicLong requests) {
        String number = TestData.assetNumber(i);
        for (int attempt = 1; ; attempt++) {
            Reply created = client.post("/api/assets", assetJson(i, type));
            requests.incrementAndGet();
            if (created.status() != 409 || attempt == 3) {
                created.expect(201, "create asset " + number);
                return created;
            }
            Reply existing = client.get("/api/assets?q=" + number);
            existing.expect(200, "look up " + number);
            Matcher total = TOTAL.matcher(existing.body());
            if (!total.find() || !"0".equals(total.group(1))) {
                throw new BenchmarkFailure("create asset " + number + ": 409 and it exists: " + existing);
            }
            retried.incrementAndGet();
            System.out.println("  retrying: 409 for " + number + ", which does not exist: " + created);
        }
    }

    /** Adds the address of asset i; a 500 (the same key collision) is retried, counted and reported. */
    private void addAddress(int i, String assetId, AtomicLong requests) {
        for (int attempt = 1; ; attempt++) {
            Reply added = client.post("/api/assets/" + assetId + "/addresses", addressJson(i));
            requests.incrementAndGet();
            if (added.status() != 500 || attempt == 3) {
                added.expect(201, "add address of " + TestData.assetNumber(i));
                return;
            }
            retried.incrementAndGet();
            System.out.println("  retrying: 500 adding the address of " + TestData.assetNumber(i) + ": " + added);
        }
    }

    private static String assetJson(int i, String type) {
        return "{\"assetnumber\":\"" + TestData.assetNumber(i) + "\",\"name\":\"" + TestData.name(i) + "\",\"assettype\":\""
                + type + "\",\"serialnumber\":\"" + TestData.serial(i) + "\"}";
    }

    private static String addressJson(int i) {
        return "{\"ipaddress\":\"" + TestData.ip(i) + "\",\"hostname\":\"" + TestData.hostname(i) + "\",\"macaddress\":\""
                + TestData.mac(i) + "\",\"isprimary\":true}";
    }

    private void list() throws Exception {
        int clients = options.integer("listclients", 4);
        long seconds = options.integer("listseconds", 30);
        int pages = Math.max(1, (data.assets + 49) / 50);
        Reply first = client.get("/api/assets?page=1&per_page=50");
        first.expect(200, "list page 1");
        Matcher total = TOTAL.matcher(first.body());
        if (!total.find() || Long.parseLong(total.group(1)) != data.assets) {
            throw new BenchmarkFailure("list total is not " + data.assets + ": " + first);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<long[]> perClient = Results.runConcurrently(clients, worker -> () -> {
            Random random = new Random(42 + worker);
            long[] latencies = new long[1 << 20];
            int n = 0;
            while (System.nanoTime() < deadline && n < latencies.length) {
                int page = 1 + random.nextInt(pages);
                long t0 = System.nanoTime();
                Reply reply = client.get("/api/assets?page=" + page + "&per_page=50");
                latencies[n++] = System.nanoTime() - t0;
                reply.expect(200, "list page " + page);
                if (!reply.body().contains("\"assetnumber\":\"BN-")) {
                    throw new BenchmarkFailure("page " + page + " holds no asset: " + reply);
                }
            }
            return Arrays.copyOf(latencies, n);
        });
        long[] all = Results.sorted(perClient);
        Results.print("list", "requests", all.length, "clients", clients, "requests_per_s", all.length / (double) seconds,
                "p50_ms", Results.percentile(all, 50), "p95_ms", Results.percentile(all, 95), "p99_ms", Results.percentile(all, 99));
    }

    private void search() {
        int rounds = options.integer("searchrounds", 100);
        Random random = new Random(42);
        List<long[]> everything = new ArrayList<>();
        for (Map.Entry<String, IntFunction<SearchQuery>> kind : data.queryKinds().entrySet()) {
            long[] latencies = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                SearchQuery query = kind.getValue().apply(1 + random.nextInt(data.assets));
                long t0 = System.nanoTime();
                Reply reply = client.get(query.path());
                latencies[round] = System.nanoTime() - t0;
                query.check(reply);
            }
            Arrays.sort(latencies);
            everything.add(latencies);
            Results.print("search", "kind", kind.getKey(), "queries", rounds, "p50_ms", Results.percentile(latencies, 50),
                    "p95_ms", Results.percentile(latencies, 95), "p99_ms", Results.percentile(latencies, 99));
        }
        long[] all = Results.sorted(everything);
        Results.print("search", "kind", "all", "queries", all.length, "p50_ms", Results.percentile(all, 50),
                "p95_ms", Results.percentile(all, 95), "p99_ms", Results.percentile(all, 99));
    }
}

/** The search probes of the plan check: one query of each kind, plus one that matches nothing. */
final class SearchProbes {

    static Map<String, SearchQuery> of(TestData data) {
        Map<String, SearchQuery> probes = new LinkedHashMap<>();
        int middle = data.assets / 2 + 7;
        data.queryKinds().forEach((kind, query) -> probes.put(kind, query.apply(middle)));
        probes.put("no-match", new SearchQuery("qqxqq", null, null, 0));
        return probes;
    }
}

/** Each probe over HTTP: its latency, and (with tracing on) the SQL it causes. */
final class SearchProbe {

    private final Options options;

    SearchProbe(Options options) {
        this.options = options;
    }

    void run() {
        ShopdbClient client = new ShopdbClient(options);
        int rounds = options.integer("rounds", 5);
        SearchProbes.of(TestData.from(options)).forEach((kind, query) -> {
            long[] latencies = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                long t0 = System.nanoTime();
                Reply reply = client.get(query.path());
                latencies[round] = System.nanoTime() - t0;
                if (query.rank() == 0) {
                    reply.expect(200, "search " + query.text());
                } else {
                    query.check(reply);
                }
            }
            Arrays.sort(latencies);
            Results.print("probe", "kind", kind, "q", query.text().replace(' ', '+'), "rounds", rounds,
                    "median_ms", Results.percentile(latencies, 50), "max_ms", latencies[rounds - 1] / 1e6);
        });
    }
}

/** Fills a migrated, empty ShopDB database with the test data over JDBC. */
final class JdbcLoad {

    private static final int BATCH = 2_000;

    private final Options options;
    private final TestData data;

    JdbcLoad(Options options) {
        this.options = options;
        this.data = TestData.from(options);
    }

    void run() throws SQLException {
        try (Connection db = Jdbc.connect(options)) {
            db.setAutoCommit(false);
            long typeId = ensureType(db);
            long statusId = Jdbc.singleLong(db, "SELECT statusid FROM assetstatuses WHERE code = 'inservice'");
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
            long start = System.nanoTime();
            int step = Math.max(1, data.assets / 20);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO assets (assetnumber, name, assettypeid, statusid, "
                    + "serialnumber, isactive, createddate, modifieddate, version) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 0)")) {
                for (int i = 1; i <= data.assets; i++) {
                    insert.setString(1, TestData.assetNumber(i));
                    insert.setString(2, TestData.name(i));
                    insert.setLong(3, typeId);
                    insert.setLong(4, statusId);
                    insert.setString(5, TestData.serial(i));
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                    if (i % BATCH == 0 || i == data.assets) {
                        insert.executeBatch();
                        db.commit();
                    }
                    if (i % step == 0) {
                        System.out.printf(Locale.ROOT, "  %,9d / %,d assets (%3d%%)  %6.1f s%n", i, data.assets,
                                (int) (100L * i / data.assets), Results.secondsSince(start));
                    }
                }
            }
            double assetSeconds = Results.secondsSince(start);
            int addresses = insertAddresses(db, now);
            analyze(db);
            Results.print("jdbc-load", "assets", data.assets, "addresses", addresses, "seconds", Results.secondsSince(start),
                    "assets_per_s", data.assets / assetSeconds);
        }
    }

    private long ensureType(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO assettypes (code, name, owner, isactive) "
                + "SELECT ?, 'Benchmark PC', 'benchmark', TRUE FROM assetstatuses WHERE code = 'inservice' "
                + "AND NOT EXISTS (SELECT 1 FROM assettypes WHERE code = ?)")) {
            insert.setString(1, TestData.TYPE);
            insert.setString(2, TestData.TYPE);
            insert.executeUpdate();
        }
        return Jdbc.singleLong(db, "SELECT assettypeid FROM assettypes WHERE code = '" + TestData.TYPE + "'");
    }

    /** Asset ids come from the database, so each address looks its asset up by number (unique index). */
    private int insertAddresses(Connection db, Timestamp now) throws SQLException {
        int count = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO networkaddresses (assetid, ipaddress, macaddress, "
                + "hostname, isprimary, createddate) SELECT assetid, ?, ?, ?, TRUE, ? FROM assets WHERE assetnumber = ?")) {
            for (int i = data.addressEvery; i <= data.assets; i += data.addressEvery) {
                insert.setString(1, TestData.ip(i));
                insert.setString(2, TestData.mac(i));
                insert.setString(3, TestData.hostname(i));
                insert.setTimestamp(4, now);
                insert.setString(5, TestData.assetNumber(i));
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        return count;
    }

    /** Fresh statistics, as a database that grew over time would have. */
    private static void analyze(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            if (Jdbc.isH2(db)) {
                statement.execute("ANALYZE");
            } else {
                statement.execute("ANALYZE TABLE assets, networkaddresses, assettypes");
            }
            db.commit();
        }
    }
}

/**
 * The plan check: the SQL the search service issued for the probes (read from the SQL
 * trace), each statement explained and timed over JDBC.
 */
final class SearchPlans {

    /** H2 trace: {@code /*SQL ...*&#47;SELECT ...;} */
    private static final Pattern H2_STATEMENT = Pattern.compile("^/\\*SQL[^*]*\\*/(SELECT .*? AS a5 FROM\\s+(?:assets|networkaddresses) .*?);(?: \\{.*)?$");
    /** H2 trace of the contains rank's index range, a prepared statement: {@code /*SQL ...*&#47;select ... {1: 'x%', 2: 1000};} */
    private static final Pattern H2_CONTAINS = Pattern.compile("^/\\*SQL[^*]*\\*/(select searchkey from searchsuffixes [^{]*?) \\{(.*)\\};$");
    private static final Pattern H2_PARAMETER = Pattern.compile("(?:^|, )\\d+: ('(?:[^']|'')*'|[^,]+)");
    /** mysql-connector-j profiler: {@code [QUERY] SELECT ... [Created on: ...} */
    private static final Pattern MYSQL_STATEMENT = Pattern.compile("\\[QUERY\\] ((?:SELECT .*? AS a5 FROM\\s+(?:assets|networkaddresses)|select searchkey from searchsuffixes) .*?) \\[Created on:");
    private static final Pattern H2_TABLE_ACCESS = Pattern.compile("\"?PUBLIC\"?\\.\"?(ASSETS|NETWORKADDRESSES|SEARCHSUFFIXES)\"?(?: \"?(T\\d)\"?)?\\s+/\\* ([^*]*) \\*/");

    private final Options options;

    SearchPlans(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        Map<String, SearchQuery> probes = SearchProbes.of(TestData.from(options));
        List<String> statements = traced(Path.of(options.require("trace")), options.require("format"));
        int rounds = options.integer("rounds", 5);
        List<String> problems = new ArrayList<>();
        try (Connection db = Jdbc.connect(options)) {
            for (Map.Entry<String, SearchQuery> probe : probes.entrySet()) {
                // the probe's text as a whole literal: 'q', 'q%' or '%q%', in any letter case
                Pattern literal = Pattern.compile("['%]" + Pattern.quote(probe.getValue().text()) + "['%]",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                Set<String> issued = new LinkedHashSet<>();
                for (String sql : statements) {
                    if (literal.matcher(sql).find()) {
                        issued.add(sql);
                    }
                }
                if (issued.isEmpty()) {
                    throw new BenchmarkFailure("no traced SQL for probe '" + probe.getValue().text() + "'");
                }
                System.out.printf(Locale.ROOT, "%n== probe %s: q=%s (%d statements)%n", probe.getKey(), probe.getValue().text(), issued.size());
                for (String sql : issued) {
                    explain(db, probe.getKey(), sql, rounds, problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BenchmarkFailure("not index-backed:\n  " + String.join("\n  ", problems));
        }
    }

    private static List<String> traced(Path trace, String format) throws IOException {
        Pattern pattern = "h2".equals(format) ? H2_STATEMENT : MYSQL_STATEMENT;
        List<String> statements = new ArrayList<>();
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                statements.add(matcher.group(1));
            } else if ("h2".equals(format)) {
                Matcher prepared = H2_CONTAINS.matcher(line);
                if (prepared.find()) {
                    statements.add(withParameters(prepared.group(1), prepared.group(2)));
                }
            }
        }
        return statements;
    }

    /** A traced prepared statement with its parameters ({@code 1: 'x', 2: 10}) put in place of the {@code ?}. */
    private static String withParameters(String sql, String parameters) {
        Matcher parameter = H2_PARAMETER.matcher(parameters);
        StringBuilder filled = new StringBuilder();
        int from = 0;
        while (parameter.find()) {
            int mark = sql.indexOf('?', from);
            if (mark < 0) {
                throw new BenchmarkFailure("more parameters than placeholders: " + sql + " {" + parameters + "}");
            }
            filled.append(sql, from, mark).append(parameter.group(1).trim());
            from = mark + 1;
        }
        return filled.append(sql.substring(from)).toString();
    }

    private void explain(Connection db, String probe, String sql, int rounds, List<String> problems) throws SQLException {
        String tier = tier(sql);
        String field = field(sql);
        List<String> accesses = Jdbc.isH2(db) ? h2Plan(db, sql) : mysqlPlan(db, sql);
        boolean indexed = accesses.stream().allMatch(access -> access.startsWith("index"));
        long[] latencies = new long[rounds];
        int rows = 0;
        for (int round = -1; round < rounds; round++) { // round -1 warms up
            long t0 = System.nanoTime();
            rows = Jdbc.readAll(db, sql);
            if (round >= 0) {
                latencies[round] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(latencies);
        double median = Results.percentile(latencies, 50);
        System.out.println("   " + sql);
        accesses.forEach(access -> System.out.println("     " + access));
        Results.print("plan", "probe", probe, "tier", tier, "field", field, "indexed", indexed, "rows", rows,
                "median_ms", median, "max_ms", latencies[rounds - 1] / 1e6);
        if (!indexed) {
            problems.add(probe + "/" + tier + "/" + field + ": " + accesses);
        }
    }

    /** Tier of a search statement: the suffix index's range (or LIKE '%…') contains, LIKE '…' prefix, else exact. */
    private static String tier(String sql) {
        if (sql.contains("searchsuffixes") || sql.contains("LIKE '%")) {
            return "contains";
        }
        return sql.contains(" LIKE ") ? "prefix" : "exact";
    }

    /** The field a statement searches: the literal it reports, or the columns it matches. */
    private static String field(String sql) {
        if (sql.contains("searchsuffixes")) {
            return "index";
        }
        Matcher matcher = Pattern.compile("\\.code AS a4, '([a-z]+)'").matcher(sql);
        if (matcher.find()) {
            return matcher.group(1);
        }
        Set<String> columns = new LinkedHashSet<>();
        Matcher like = Pattern.compile("t\\d\\.([a-z]+)\\)? LIKE").matcher(sql);
        while (like.find()) {
            columns.add(like.group(1));
        }
        return columns.isEmpty() ? "?" : String.join("+", columns);
    }

    /**
     * One line per access to assets or networkaddresses: "index ..." when an index condition
     * on a searched column drives it, else "scan ...".
     */
    private static List<String> h2Plan(Connection db, String sql) throws SQLException {
        String plan = Jdbc.singleString(db, "EXPLAIN " + sql);
        List<String> accesses = new ArrayList<>();
        Matcher access = H2_TABLE_ACCESS.matcher(plan);
        while (access.find()) {
            boolean condition = access.group(3).contains(":") && !joinedByType(access.group(3));
            boolean suffixes = "SEARCHSUFFIXES".equals(access.group(1));
            // the suffix range must also give the order: a sort would read the whole range before the first page
            boolean ordered = !suffixes || plan.contains("index sorted");
            accesses.add((condition && ordered ? "index " : "scan ") + access.group(1).toLowerCase(Locale.ROOT)
                    + (access.group(2) == null ? "" : " " + access.group(2).toLowerCase(Locale.ROOT)) + ": "
                    + access.group(3).replaceAll("\\s+", " ").trim() + (suffixes ? (ordered ? " (index sorted)" : " (sorted)") : ""));
        }
        if (accesses.isEmpty()) {
            throw new BenchmarkFailure("unreadable H2 plan: " + plan);
        }
        return accesses;
    }

    /**
     * Reaching the assets through the asset type's index walks every asset of that type:
     * an index in name only, a scan when most assets share a type.
     */
    private static boolean joinedByType(String indexOrCondition) {
        return indexOrCondition.toLowerCase(Locale.ROOT).contains("assettypeid");
    }

    private static List<String> mysqlPlan(Connection db, String sql) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        Matcher alias = Pattern.compile("\\b(assets|networkaddresses|assettypes) (t\\d)\\b").matcher(sql);
        while (alias.find()) {
            tables.put(alias.group(2), alias.group(1));
        }
        List<String> accesses = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet plan = statement.executeQuery("EXPLAIN " + sql)) {
            while (plan.next()) {
                String table = plan.getString("table");
                String name = tables.getOrDefault(table, table);
                if (!"assets".equals(name) && !"networkaddresses".equals(name) && !"searchsuffixes".equals(name)) {
                    continue; // asset types: a handful of rows, joined by primary key
                }
                String type = plan.getString("type");
                String extra = String.valueOf(plan.getString("Extra"));
                boolean indexed = Set.of("const", "eq_ref", "ref", "range", "ref_or_null", "index_merge").contains(type)
                        && !joinedByType(String.valueOf(plan.getString("key")))
                        && !("searchsuffixes".equals(name) && extra.contains("filesort"));
                accesses.add((indexed ? "index " : "scan ") + name + " " + table
                        + ": type=" + type + " key=" + plan.getString("key") + " rows=" + plan.getString("rows")
                        + " extra=" + plan.getString("Extra"));
            }
        }
        return accesses;
    }
}

final class Jdbc {

    private Jdbc() {
    }

    static Connection connect(Options options) throws SQLException {
        String url = options.require("url");
        if (url.startsWith("jdbc:mysql:") && !url.contains("rewriteBatchedStatements")) {
            url += (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        }
        return DriverManager.getConnection(url, options.get("user", ""), options.get("password", ""));
    }

    static boolean isH2(Connection db) throws SQLException {
        return db.getMetaData().getURL().startsWith("jdbc:h2:");
    }

    static long singleLong(Connection db, String sql) throws SQLException {
        return Long.parseLong(singleString(db, sql));
    }

    static String singleString(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new BenchmarkFailure("no result: " + sql);
            }
            return result.getString(1);
        }
    }

    /** Runs a query and reads every row, as the search service does. */
    static int readAll(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            int rows = 0;
            while (result.next()) {
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    result.getObject(column);
                }
                rows++;
            }
            return rows;
        }
    }
}

final class Results {

    private Results() {
    }

    /** One machine-readable result line: {@code result <phase> key=value ...}. */
    static void print(String phase, Object... pairs) {
        StringBuilder line = new StringBuilder("result ").append(phase);
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            line.append(' ').append(pairs[i]).append('=')
                    .append(value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value);
        }
        System.out.println(line);
    }

    static double percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1_000_000.0;
    }

    static long[] sorted(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static <T> List<T> runConcurrently(int threads, IntFunction<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CompletionService<T> done = new ExecutorCompletionService<>(pool);
            for (int t = 0; t < threads; t++) {
                done.submit(work.apply(t));
            }
            List<T> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                try {
                    results.add(done.take().get()); // the first failure ends the run, whichever thread had it
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof BenchmarkFailure failure ? failure : new BenchmarkFailure(e.getCause().toString());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

final class BenchmarkFailure extends RuntimeException {

    BenchmarkFailure(String message) {
        super(message);
    }
}
