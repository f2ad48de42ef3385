package kam.platform.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kam.platform.events.account.AccountArchived;
import kam.platform.events.account.AccountRegistered;
import kam.platform.events.account.AccountUpdated;

/** Every event type the platform publishes, in one place: producers, consumers, schemas and docs all read it. */
public final class EventCatalog {
    public static final EventType<AccountRegistered> ACCOUNT_REGISTERED =
            new EventType<>("kam.account.registered.v1", "account", AccountRegistered.class, e -> e.accountId()
                    .toString());
    public static final EventType<AccountUpdated> ACCOUNT_UPDATED =
            new EventType<>("kam.account.updated.v1", "account", AccountUpdated.class, e -> e.accountId()
                    .toString());
    public static final EventType<AccountArchived> ACCOUNT_ARCHIVED =
            new EventType<>("kam.account.archived.v1", "account", AccountArchived.class, e -> e.accountId()
                    .toString());

    public static final List<EventType<?>> ALL = List.of(ACCOUNT_REGISTERED, ACCOUNT_UPDATED, ACCOUNT_ARCHIVED);

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private EventCatalog() {}

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    @SuppressWarnings("unchecked")
    public static <T> EventType<T> of(T payload) {
        EventType<?> type = BY_PAYLOAD.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException(payload.getClass().getName() + " is not in the event catalog");
        }
        return (EventType<T>) type;
    }
}
