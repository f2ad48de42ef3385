package kam.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The platform's processes by name (a service's replica, the gateway, a Kafka node), each writing its output to
 * {@code <name>.log}: started, signalled, killed and stopped the way an orchestrator or a failing machine would.
 */
final class Processes implements AutoCloseable {
    private final Path logs;
    private final Map<String, Process> running = new LinkedHashMap<>();

    Processes(Path logs) {
        this.logs = logs;
    }

    /** Starts a command under a name, with extra environment; its output is appended to the name's log. */
    void start(String name, List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile()));
        builder.environment().putAll(environment);
        try {
            running.put(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    Path log(String name) {
        return logs.resolve(name + ".log");
    }

    boolean alive(String name) {
        Process process = running.get(name);
        return process != null && process.isAlive();
    }

    /** SIGKILL, as the kernel's OOM killer or a lost node would: no shutdown. Waits for each to exit. */
    void kill(List<String> names) {
        List<Process> killed = names.stream().map(running::remove).toList();
        killed.forEach(Process::destroyForcibly);
        killed.forEach(process -> awaitExit(process, false));
    }

    /** SIGTERM, as an orchestrator stops a process: waits while each drains and exits, then kills what is left. */
    void stop(List<String> names) {
        List<Process> stopped = names.stream().map(running::remove).toList();
        stopped.forEach(Process::destroy);
        stopped.forEach(process -> awaitExit(process, true));
    }

    /** Sends a signal by name ({@code STOP}, {@code CONT}) to one process. */
    void signal(String name, String signal) {
        try {
            Process kill = new ProcessBuilder(
                            "kill",
                            "-" + signal,
                            Long.toString(running.get(name).pid()))
                    .inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops every process still running, in the order they were started. */
    @Override
    public void close() {
        stop(new ArrayList<>(running.keySet()));
    }

    private static void awaitExit(Process process, boolean forceAfterWaiting) {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) && forceAfterWaiting) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The java executable of this JVM, for a child process on the same JDK. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
