package org.shopdb.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the distribution's own console scripts ({@code bin/shopdb-shell}, {@code bin/client})
 * as separate processes against the container's SSH port, from the container's
 * {@code karaf.home}, the way an operator runs them on the host.
 */
public final class ConsoleClient {

    private static final long TIMEOUT_SECONDS = 120;

    /** What a run printed and how it ended. */
    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code bin/shopdb-shell -u USER -p PASSWORD COMMAND}, standard input at end-of-file as in cron or CI. */
    public Run shopdbShell(String user, String password, String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-u", user, "-p", password));
        arguments.addAll(List.of(command));
        return run("bin/shopdb-shell", arguments, true);
    }

    /**
     * {@code bin/client -u USER -p PASSWORD COMMAND} with standard input kept open until it
     * ends, as when an operator runs it at a terminal.
     */
    public Run client(String user, String password, String command) throws Exception {
        return run("bin/client", List.of("-u", user, "-p", password, command), false);
    }

    private Run run(String script, List<String> arguments, boolean stdinAtEnd) throws Exception {
        Path home = home();
        Path executable = home.resolve(script);
        if (!Files.isExecutable(executable)) {
            throw new AssertionError(executable + " is not executable in the unpacked distribution");
        }
        List<String> commandLine = new ArrayList<>();
        commandLine.add(executable.toString());
        commandLine.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(commandLine).directory(home.toFile());
        Map<String, String> environment = builder.environment();
        // As on the server: the SSH port comes from the same variable the server reads.
        environment.put("SHOPDB_SSH_PORT", etc("org.apache.karaf.shell.cfg").getProperty("sshPort").strip());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (stdinAtEnd) {
            process.getOutputStream().close();
        }
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
            throw new AssertionError(script + " " + arguments + " did not end within " + TIMEOUT_SECONDS + " s");
        }
        closeQuietly(process.getOutputStream());
        return new Run(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    /** A configuration file of the running container, as Karaf reads it. */
    static Properties etc(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(home().resolve("etc").resolve(file))) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path home() {
        return Paths.get(ShopdbDistribution.required("karaf.home"));
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the process has ended; nothing reads its input any more
        }
    }
}
