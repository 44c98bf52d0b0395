import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Steady open-loop HTTP load: RATE GET requests per second, spread over PATHS in turn, for
 * SECONDS, each with a bearer token. Prints, per path: requests, failures (any status but
 * 200, or no answer within 5 s), the longest gap between two successful answers, and latency
 * percentiles. Run with the JDK's source launcher: java LoadGen.java BASE TOKEN RATE SECONDS PATH...
 */
public class LoadGen {

    record Result(String path, long sentNanos, long doneNanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java LoadGen.java BASE_URL TOKEN RATE SECONDS PATH...");
            System.exit(2);
        }
        String base = args[0];
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<String> paths = List.of(args).subList(4, args.length);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newFixedThreadPool(16)).build();
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        int total = rate * seconds;
        CountDownLatch answered = new CountDownLatch(total);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            String path = paths.get(i % paths.size());
            clock.schedule(() -> {
                long sent = System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5))
                        .header("Authorization", "Bearer " + token).GET().build();
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    results.add(new Result(path, sent, System.nanoTime(), failure == null ? response.statusCode() : -1));
                    answered.countDown();
                });
            }, i * periodNanos, TimeUnit.NANOSECONDS);
        }
        answered.await(seconds + 30L, TimeUnit.SECONDS);
        clock.shutdownNow();
        double elapsed = (System.nanoTime() - start) / 1e9;

        Map<String, List<Result>> byPath = new TreeMap<>();
        results.forEach(result -> byPath.computeIfAbsent(result.path(), key -> new ArrayList<>()).add(result));
        System.out.printf("load: %d requests at %d/s over %.1f s%n", results.size(), rate, elapsed);
        for (Map.Entry<String, List<Result>> entry : byPath.entrySet()) {
            report(entry.getKey(), entry.getValue(), start);
        }
        System.exit(0);
    }

    private static void report(String path, List<Result> results, long start) {
        List<Result> ok = results.stream().filter(result -> result.status() == 200)
                .sorted(Comparator.comparingLong(Result::doneNanos)).toList();
        long failed = results.size() - ok.size();
        long longestGap = 0;
        long gapEndsAt = 0;
        for (int i = 1; i < ok.size(); i++) {
            long gap = ok.get(i).doneNanos() - ok.get(i - 1).doneNanos();
            if (gap > longestGap) {
                longestGap = gap;
                gapEndsAt = ok.get(i).doneNanos();
            }
        }
        Map<Integer, Long> statuses = new TreeMap<>();
        results.forEach(result -> statuses.merge(result.status(), 1L, Long::sum));
        List<Long> latencies = ok.stream().map(result -> (result.doneNanos() - result.sentNanos()) / 1_000_000).sorted().toList();
        System.out.printf("%s: %d requests, %d failed %s, longest gap between successes %d ms (ending %.1f s in), latency p50 %d ms, p99 %d ms, max %d ms%n",
                path, results.size(), failed, statuses, longestGap / 1_000_000, (gapEndsAt - start) / 1e9,
                percentile(latencies, 50), percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
