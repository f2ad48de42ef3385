package kam.gateway;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which backend owns a path: the longest configured prefix that the path starts with, at a segment boundary. */
public final class Routes {
    /** A backend and one prefix it owns. */
    public record Route(String backend, String prefix) {}

    private final List<Route> byLongestPrefix;

    public Routes(Map<String, GatewayConfig.Backend> backends) {
        this.byLongestPrefix = backends.entrySet().stream()
                .flatMap(e -> e.getValue().prefixes().stream().map(prefix -> new Route(e.getKey(), strip(prefix))))
                .sorted(Comparator.comparingInt((Route r) -> r.prefix().length())
                        .reversed())
                .toList();
    }

    public Optional<Route> find(String path) {
        return byLongestPrefix.stream()
                .filter(route -> path.equals(route.prefix()) || path.startsWith(route.prefix() + "/"))
                .findFirst();
    }

    public List<Route> all() {
        return byLongestPrefix;
    }

    private static String strip(String prefix) {
        String p = prefix.strip();
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
