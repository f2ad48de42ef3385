package kam.gateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A backend and its replicas, asked in turn: each request starts at the next one, usable replicas first. */
public final class Backend {
    private final String name;
    private final List<Replica> replicas;
    private final AtomicInteger next = new AtomicInteger();

    Backend(String name, List<Replica> replicas) {
        this.name = name;
        this.replicas = List.copyOf(replicas);
    }

    public String name() {
        return name;
    }

    public List<Replica> replicas() {
        return replicas;
    }

    /** The replicas in the order one request tries them: round robin, the ones taking requests first. */
    List<Replica> inTurn() {
        int start = Math.floorMod(next.getAndIncrement(), replicas.size());
        List<Replica> turn = new ArrayList<>(replicas.size());
        for (int i = 0; i < replicas.size(); i++) {
            turn.add(replicas.get((start + i) % replicas.size()));
        }
        turn.sort(Comparator.comparing(replica -> !replica.usable()));
        return turn;
    }

    /** Up while at least one replica takes requests. */
    public boolean up() {
        return replicas.stream().anyMatch(Replica::usable);
    }
}
