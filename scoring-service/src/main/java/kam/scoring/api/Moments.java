package kam.scoring.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import kam.platform.web.problem.ProblemException;

/** A moment a query names: an ISO-8601 instant, or a date meaning its last instant (UTC), so 1 March counts whole. */
final class Moments {
    private Moments() {}

    static Instant endOf(String parameter, String text) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text)
                            .plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .minusNanos(1)
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "query", "must be an ISO-8601 instant or date");
        }
    }
}
