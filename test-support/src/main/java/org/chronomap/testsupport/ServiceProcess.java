package org.chronomap.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Chronomap service run from its packaged jar as a child process, on a port fixed for its life so
 * that a restart is found where the other services look for it. Its output goes to a log file
 * shown when a start fails.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * A guard against a start that hangs, not an expectation: the geo-service's first start builds its
     * index (~15 s on a quiet machine, 5 min was seen on a heavily shared one).
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    public final String name;
    public final String url;
    private final Path jar;
    private final Path log;
    private final Path workDir;
    private final Map<String, String> env;
    private final int port;
    private Process process;

    private ServiceProcess(String name, Path jar, Path workDir, int port, Map<String, String> env) {
        this.name = name;
        this.jar = jar;
        this.workDir = workDir;
        this.port = port;
        this.env = new LinkedHashMap<>(env);
        this.url = "http://127.0.0.1:" + port;
        this.log = workDir.resolve(name + ".log");
    }

    /** Not started yet: {@link #start()} it. The port is taken now, so others can be told the URL first. */
    public static ServiceProcess on(String name, Path jar, Path workDir, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: these tests run the packaged services. "
                    + "Build them first: ./mvnw package -DskipTests (./mvnw verify builds them before the modules "
                    + "whose tests run them).");
        }
        Files.createDirectories(workDir);
        return new ServiceProcess(name, jar, workDir, freePort(), env);
    }

    /** Starts (or starts again, on the same port, data and settings) and waits until ready. */
    public ServiceProcess start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        process = builder.start();
        awaitReady(START_TIMEOUT);
        return this;
    }

    /** Settings for the next {@link #start()}; a restart after a crash must not, say, wipe the database. */
    public void setEnv(String key, String value) {
        env.put(key, value);
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook runs, no transaction gets to finish. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A normal stop (SIGTERM), as an operator would; forced if it hangs. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // polled again below until the deadline
            }
            Thread.sleep(200); // polling interval of a condition wait
        }
        stop();
        throw new IllegalStateException(name + " did not get ready within " + timeout + ":\n" + tail());
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
