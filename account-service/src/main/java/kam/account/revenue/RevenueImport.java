package kam.account.revenue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountRepository;
import kam.platform.messaging.jobs.JobProgress;
import kam.platform.web.bulk.BulkRows;
import kam.platform.web.problem.Problem;

/**
 * Bulk import of revenue, all or nothing: rows read by the platform's bulk reading (each row as one request to record
 * revenue), each naming its account in an {@code accountId} column. A file with any bad row is refused with every
 * bad row and field named, and nothing is written.
 */
@ApplicationScoped
public class RevenueImport {
    public static final Set<String> KEYS = Set.of("accountId");

    private final AccountRepository accounts;
    private final RevenueRecords revenue;

    public RevenueImport(AccountRepository accounts, RevenueRecords revenue) {
        this.accounts = accounts;
        this.revenue = revenue;
    }

    /** The kind of the job an import runs as. */
    public static final String KIND = "revenue-import";

    /** Returns how many rows were recorded. */
    @Transactional
    public int run(BulkRows.Read<RevenueFigures> read, JobProgress progress) {
        progress.total(read.rows().size());
        List<Problem.Violation> violations = new ArrayList<>(read.violations());
        List<UUID> accountIds = new ArrayList<>();
        for (BulkRows.Numbered<RevenueFigures> row : read.rows()) {
            accountIds.add(parsed(row.key("accountId"), "rows[" + row.line() + "].accountId", violations));
        }
        // One query for the file's accounts, not one a row.
        Map<UUID, Account> known =
                accounts.byIds(accountIds.stream().filter(Objects::nonNull).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < accountIds.size(); i++) {
            UUID accountId = accountIds.get(i);
            BulkRows.Numbered<RevenueFigures> row = read.rows().get(i);
            String at = "rows[" + row.line() + "]";
            if (accountId == null) {
                continue;
            }
            Account account = known.get(accountId);
            if (account == null) {
                violations.add(new Problem.Violation(at + ".accountId", "body", "no such account"));
            } else if (account.isArchived()) {
                violations.add(new Problem.Violation(at + ".accountId", "body", "the account is archived"));
            }
            if (!seen.add(accountId + "/" + row.row().period())) {
                violations.add(new Problem.Violation(at, "body", "repeats account and period of an earlier row"));
            }
        }
        BulkRows.refuseIfAny(violations);
        for (int i = 0; i < accountIds.size(); i++) {
            revenue.store(accountIds.get(i), read.rows().get(i).row());
            progress.advance(1);
        }
        return accountIds.size();
    }

    /** The row's account id, or null with the violation that says why there is none. */
    private static UUID parsed(String text, String field, List<Problem.Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Problem.Violation(field, "body", "must not be empty"));
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation(field, "body", "must be a UUID"));
            return null;
        }
    }
}
