package kam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The platform's processes as the operating system sees them: found by their jar, measured by resident memory. */
final class Processes {
    private Processes() {}

    /** The running process of a module, started from its packaged jar. */
    static Optional<ProcessHandle> of(String module) {
        String jar = module + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().commandLine().map(line -> line.contains(jar)).orElse(false))
                .findFirst();
    }

    /** Resident set size in MB (VmRSS), or NaN when the process is gone. */
    static double rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
