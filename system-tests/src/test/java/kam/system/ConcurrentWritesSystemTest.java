package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One account written by several clients at once, through the gateway and so through both replicas of
 * account-service: team members, stakeholders, relationships between them and profile changes. Every event of the
 * account reaches the topic numbered 1, 2, 3, ... by its ce_sequence (its place in commit order) without a gap or a
 * repeat, in that order on the partition, and scoring applies each of them once.
 */
@ExtendWith(SharedPlatform.class)
class ConcurrentWritesSystemTest {
    private static final int CLIENTS = 4;
    private static final int ROUNDS = 6;

    @Test
    void parallelWritesOfOneAccountReachTheTopicAndItsConsumerInCommitOrder() {
        EventLedger ledger = EventLedger.openAt(platform().bootstrapServers());
        String account = Steps.register("Concurrent Co " + java.util.UUID.randomUUID(), admin());
        AtomicInteger written = new AtomicInteger(1);
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        IntStream.range(0, CLIENTS)
                .forEach(client ->
                        clients.add(CompletableFuture.runAsync(() -> writeTeamAndMap(account, client, written))));
        clients.add(CompletableFuture.runAsync(() -> renameRepeatedly(account, written)));
        clients.forEach(CompletableFuture::join);

        List<EventLedger.Keyed> events = await().atMost(Duration.ofSeconds(60))
                .until(() -> ledger.ofAccount(account), seen -> seen.size() >= written.get());
        List<Long> sequences = events.stream().map(EventLedger.Keyed::sequence).toList();
        long first = sequences.get(0);
        assertThat(sequences)
                .as("each event's place among the account's, in partition order")
                .containsExactlyElementsOf(
                        LongStream.range(first, first + events.size()).boxed().toList());
        assertThat(new HashSet<>(events.stream().map(EventLedger.Keyed::id).toList()))
                .hasSize(events.size());

        ScoringInbox inbox = new ScoringInbox(platform().jdbcUrl("scoring"));
        List<String> ids = events.stream().map(EventLedger.Keyed::id).toList();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> inbox.applied(new HashSet<>(ids)).size() == ids.size());
        List<ScoringInbox.Applied> applied = inbox.applied(new HashSet<>(ids));
        assertThat(applied).hasSize(ids.size());
        // The consumer applied them in the topic's order: each no earlier than the one before it.
        Map<String, java.time.Instant> at = new java.util.HashMap<>();
        applied.forEach(a -> at.put(a.id(), a.at()));
        for (int i = 1; i < ids.size(); i++) {
            assertThat(at.get(ids.get(i))).as(events.get(i).toString()).isAfterOrEqualTo(at.get(ids.get(i - 1)));
        }
        // Both replicas of account-service took some of the writes.
        for (String replica : platform().replicas("account-service")) {
            String metrics = new Api(platform().management(replica))
                    .get("/q/metrics", null)
                    .raw()
                    .body();
            assertThat(metrics).as(replica).contains("uri=\"/api/v1/accounts/{accountId}/stakeholders\"");
        }
    }

    /** A team member, a stakeholder and the relationship between them, a round at a time. */
    private static void writeTeamAndMap(String account, int client, AtomicInteger written) {
        for (int round = 0; round < ROUNDS; round++) {
            String user = "concurrent." + client + "." + round;
            Api.Answer member = api().post(
                            "/api/v1/accounts/" + account + "/team",
                            admin(),
                            Map.of("userId", user, "role", "TECHNICAL", "displayName", user));
            assertThat(member.status()).as(member.body().toString()).isEqualTo(201);
            Api.Answer stakeholder = api().post(
                            "/api/v1/accounts/" + account + "/stakeholders",
                            admin(),
                            Map.of(
                                    "name",
                                    "Stakeholder " + client + "." + round,
                                    "attitude",
                                    "SUPPORTER",
                                    "influence",
                                    3));
            assertThat(stakeholder.status()).as(stakeholder.body().toString()).isEqualTo(201);
            Api.Answer relationship = api().post(
                            "/api/v1/accounts/" + account + "/relationships",
                            admin(),
                            Map.of(
                                    "teamMemberId", member.body().get("id").asText(),
                                    "stakeholderId",
                                            stakeholder.body().get("id").asText(),
                                    "strength", 3));
            assertThat(relationship.status()).as(relationship.body().toString()).isEqualTo(201);
            written.addAndGet(3);
        }
    }

    /**
     * A write that lost the race to another write of the account (412: the account changed meanwhile) is sent again,
     * as a client reads the problem's advice.
     */
    private static Api.Answer untilItWinsTheRace(java.util.function.Supplier<Api.Answer> write) {
        Api.Answer answer = write.get();
        for (int attempt = 1; answer.status() == 412 && attempt < 20; attempt++) {
            answer = write.get();
        }
        return answer;
    }

    /** The profile, renamed with If-Match; a rename that lost the race to another write is read again and retried. */
    private static void renameRepeatedly(String account, AtomicInteger written) {
        for (int round = 0; round < ROUNDS; round++) {
            Api.Answer current = api().get("/api/v1/accounts/" + account, admin());
            Api.Answer renamed = api().send(
                            "PATCH",
                            "/api/v1/accounts/" + account,
                            admin(),
                            Map.of("name", "Concurrent Co renamed " + round),
                            "application/merge-patch+json",
                            current.etag());
            if (renamed.status() == 200) {
                written.incrementAndGet();
            } else {
                assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(412);
            }
        }
    }
}
