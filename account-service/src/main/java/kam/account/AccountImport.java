package kam.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kam.account.api.AccountRequest;
import kam.platform.messaging.jobs.JobProgress;
import kam.platform.web.bulk.BulkRows;
import kam.platform.web.problem.Problem;
import kam.platform.web.problem.ProblemException;

/**
 * Imports accounts, all or nothing: a row without an id registers an account, a row with an id and the version it
 * was read at replaces that account's profile, as one PUT with If-Match would. Every rule of the single operations
 * holds; any broken one refuses the whole file with each row and field named, and nothing is stored.
 */
@ApplicationScoped
public class AccountImport {
    /**
     * The columns beside the profile's fields: id and version say which account to change; the times an export
     * carries are the store's to set, and are read past, so that an export's rows import as they are.
     */
    public static final Set<String> KEYS =
            Set.of("id", "version", "createdAt", "updatedAt", "archivedAt", "mergedIntoAccountId");

    private final Accounts accounts;
    private final AccountRepository repository;
    private final AccountPermissions permissions;

    public AccountImport(Accounts accounts, AccountRepository repository, AccountPermissions permissions) {
        this.accounts = accounts;
        this.repository = repository;
        this.permissions = permissions;
    }

    /** What an import did. */
    public record Result(int registered, int replaced, int unchanged) {}

    /** The kind of the job an import runs as. */
    public static final String KIND = "account-import";

    @Transactional
    public Result run(List<BulkRows.Numbered<AccountRequest>> rows, JobProgress progress) {
        progress.total(rows.size());
        List<Problem.Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        int registered = 0;
        int replaced = 0;
        int unchanged = 0;
        for (BulkRows.Numbered<AccountRequest> row : rows) {
            progress.advance(1);
            String at = "rows[" + row.line() + "]";
            try {
                if (row.key("id") == null) {
                    accounts.register(row.row()
                            .toProfile(permissions.defaultOwner(row.row().ownerId())));
                    registered++;
                    continue;
                }
                UUID id = uuid(row.key("id"), at, violations);
                String version = row.key("version");
                if (id == null) {
                    continue;
                }
                if (!seen.add(id)) {
                    violations.add(
                            new Problem.Violation(at + ".id", "body", "names an account an earlier row changes"));
                    continue;
                }
                if (version == null) {
                    violations.add(new Problem.Violation(
                            at + ".version", "body", "is needed to change an account: the version you read"));
                    continue;
                }
                Account stored = repository.findById(id);
                if (stored == null) {
                    violations.add(new Problem.Violation(at + ".id", "body", "no such account"));
                    continue;
                }
                if (stored.isArchived() && row.row().status() == AccountStatus.ARCHIVED) {
                    // An archived account, exported and imported again: nothing to change, nothing that may be.
                    unchanged++;
                    continue;
                }
                long before = stored.version();
                Account account = accounts.replace(
                        id,
                        "\"" + version.strip() + "\"",
                        row.row().toProfile(row.row().ownerId()));
                if (account.version() == before) {
                    unchanged++;
                } else {
                    replaced++;
                }
            } catch (ProblemException e) {
                violations.addAll(BulkRows.ofRow(row.line(), e));
            }
        }
        // Refused after every row was tried, so that the answer names every bad row; the transaction rolls back.
        BulkRows.refuseIfAny(violations);
        return new Result(registered, replaced, unchanged);
    }

    private static UUID uuid(String text, String at, List<Problem.Violation> violations) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation(at + ".id", "body", "must be a UUID"));
            return null;
        }
    }
}
