package kam.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends bad requests straight to a service, four at a time, and keeps what would be a defect: a 5xx, a 4xx that is not
 * problem+json with its own status, a write that succeeded, or no answer at all.
 */
final class BadInput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SENDERS = 4;

    /** What one service answered. */
    record Outcome(String service, int sent, Map<Integer, Integer> byStatus, List<String> defects) {}

    private BadInput() {}

    static Outcome send(String service, String base, String bearer, List<BadRequests.Request> requests) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        List<String> defects = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int sender = 0; sender < SENDERS; sender++) {
                int first = sender;
                running.add(senders.submit(() -> {
                    for (int i = first; i < requests.size(); i += SENDERS) {
                        BadRequests.Request request = requests.get(i);
                        try {
                            HttpResponse<String> response =
                                    http.send(build(base, bearer, request), HttpResponse.BodyHandlers.ofString());
                            byStatus.merge(response.statusCode(), 1, Integer::sum);
                            String defect = defect(request, response);
                            if (defect != null) {
                                defects.add(defect);
                            }
                        } catch (IOException e) {
                            defects.add("no answer (" + e + ") to " + request);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Future<?> sender : running) {
                sender.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            senders.shutdownNow();
        }
        return new Outcome(service, requests.size(), new TreeMap<>(byStatus), defects);
    }

    private static HttpRequest build(String base, String bearer, BadRequests.Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer)
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.ifMatch() != null) {
            builder.header("If-Match", request.ifMatch());
        }
        return builder.build();
    }

    private static String defect(BadRequests.Request request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return status + " " + brief(response.body()) + " to " + request;
        }
        if (status < 300 && request.isWrite()) {
            return "accepted (" + status + "): " + request;
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return status + " as " + type + " (not problem+json) to " + request;
            }
            try {
                JsonNode problem = JSON.readTree(response.body());
                if (problem.path("status").asInt() != status
                        || problem.path("title").asText().isBlank()) {
                    return status + " with a problem lacking its status or title: " + brief(response.body()) + " to "
                            + request;
                }
            } catch (IOException e) {
                return status + " with a body that is not JSON to " + request;
            }
        }
        return null;
    }

    private static String brief(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
