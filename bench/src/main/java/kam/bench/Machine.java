package kam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on: they mean little without it. */
final class Machine {
    private Machine() {}

    static Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("cpu", firstValue("/proc/cpuinfo", "model name"));
        facts.put("cores", Runtime.getRuntime().availableProcessors());
        facts.put(
                "memoryGb",
                Math.round(
                        Long.parseLong(firstValue("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", ""))
                                / 1024.0
                                / 1024.0));
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        facts.put("loadAverage", firstLine("/proc/loadavg"));
        return facts;
    }

    private static String firstValue(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static String firstLine(String file) {
        try {
            return Files.readAllLines(Path.of(file)).get(0);
        } catch (IOException e) {
            return "unknown";
        }
    }
}
