package kam.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests against account-service for S1 to S4: reads of one account, and writes that alternate a create with a
 * rename of one of a pool of accounts. A rename carries the ETag of that account's last answer, so writes at any rate
 * keep succeeding.
 */
final class AccountLoad {
    private final Platform platform;
    private final List<String> pool = new ArrayList<>();
    private final Map<String, String> etags = new ConcurrentHashMap<>();
    /** Accounts with a rename on the way: the next rename takes another, or it would carry a stale ETag. */
    private final Set<String> renaming = ConcurrentHashMap.newKeySet();

    private final AtomicLong sequence = new AtomicLong();

    AccountLoad(Platform platform, int poolSize) {
        this.platform = platform;
        for (int i = 0; i < poolSize; i++) {
            var created = platform.post(
                    Platform.ACCOUNTS + "/api/v1/accounts", Map.of("name", "Bench pool " + i, "currency", "EUR"));
            String id = created.get("id").asText();
            pool.add(id);
            etags.put(id, "\"" + created.get("version").asLong() + "\"");
        }
    }

    String anAccount() {
        return pool.get(0);
    }

    HttpRequest read(String base) {
        return platform.request(base + "/api/v1/accounts/" + pool.get(0)).GET().build();
    }

    /** Even requests create an account, odd ones rename one of the pool. */
    HttpRequest createOrRename(String base) {
        long n = sequence.incrementAndGet();
        return n % 2 == 0 ? create(base, n) : rename(base, n);
    }

    HttpRequest rename(String base) {
        return rename(base, sequence.incrementAndGet());
    }

    private HttpRequest create(String base, long n) {
        return platform.request(base + "/api/v1/accounts")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Bench account " + n + "\",\"currency\":\"EUR\",\"region\":\"EMEA\"}"))
                .build();
    }

    private HttpRequest rename(String base, long n) {
        String account = pool.get((int) (n % pool.size()));
        for (int i = 1; !renaming.add(account) && i < pool.size(); i++) {
            account = pool.get((int) ((n + i) % pool.size()));
        }
        return platform.request(base + "/api/v1/accounts/" + account)
                .setHeader("Content-Type", "application/merge-patch+json")
                .header("If-Match", etags.get(account))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench renamed " + n + "\"}"))
                .build();
    }

    /** Keeps the ETag a rename answered with, for the next rename of that account. */
    void answered(HttpResponse<?> response) {
        if (!response.request().method().equals("PATCH")) {
            return;
        }
        String path = response.request().uri().getPath();
        String account = path.substring(path.lastIndexOf('/') + 1);
        if (response.statusCode() == 200) {
            response.headers().firstValue("ETag").ifPresent(etag -> etags.put(account, etag));
        }
        renaming.remove(account);
    }
}
