package org.shopdb.testkit.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Karaf console commands, run the way an operator scripts them: {@code bin/shopdb-shell -u
 * admin -p … COMMAND} of the container's own installation, over its SSH port, as the admin.
 */
final class KarafConsole {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path home;
    private final int sshPort;
    private final String user;
    private final String password;

    KarafConsole(Path home, int sshPort, String user, String password) {
        this.home = home;
        this.sshPort = sshPort;
        this.user = user;
        this.password = password;
    }

    /** What the command printed; fails the test, with its output, when it exits other than 0. */
    String execute(String command) {
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/shopdb-shell").toString(), "-u", user, "-p", password, command))
                .directory(home.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SHOPDB_SSH_HOST", "127.0.0.1");
        environment.put("SHOPDB_SSH_PORT", Integer.toString(sshPort));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Console command '" + command + "' did not end within " + TIMEOUT_SECONDS + " s");
            }
            String output = out.get(10, TimeUnit.SECONDS);
            String errors = err.get(10, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                throw new AssertionError("Console command '" + command + "' failed (exit " + process.exitValue() + "):\n" + output + errors);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run bin/shopdb-shell of " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during console command '" + command + "'", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read the output of console command '" + command + "'", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
