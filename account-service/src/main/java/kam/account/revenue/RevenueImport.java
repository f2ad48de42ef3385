package kam.account.revenue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountRepository;
import kam.platform.web.problem.Problem;
import kam.platform.web.problem.ProblemException;

/**
 * Bulk import of revenue from CSV, all or nothing: a file with any bad row is refused with every bad row and field
 * named, and nothing is written. Columns: {@code accountId,period,revenue,margin,categorySpend,currency}, with that
 * header line first; margin and categorySpend may be empty.
 */
@ApplicationScoped
public class RevenueCsvImport {
    static final List<String> HEADER = List.of("accountId", "period", "revenue", "margin", "categorySpend", "currency");
    private static final int MAX_ROWS = 50_000;

    private final AccountRepository accounts;
    private final RevenueService revenue;

    public RevenueCsvImport(AccountRepository accounts, RevenueService revenue) {
        this.accounts = accounts;
        this.revenue = revenue;
    }

    record Row(UUID accountId, RevenueFigures figures) {}

    /** Returns how many rows were recorded. */
    @Transactional
    public int importCsv(String csv) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<Row> rows = parse(csv, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    violations.size() + " problems in the file; nothing was imported",
                    violations.size() > 200 ? violations.subList(0, 200) : violations);
        }
        rows.forEach(row -> revenue.store(row.accountId(), row.figures()));
        return rows.size();
    }

    List<Row> parse(String csv, List<Problem.Violation> violations) {
        String[] lines = csv == null ? new String[0] : csv.strip().split("\r?\n");
        if (lines.length == 0 || !List.of(lines[0].strip().split(",", -1)).equals(HEADER)) {
            violations.add(
                    new Problem.Violation("header", "body", "the first line must be " + String.join(",", HEADER)));
            return List.of();
        }
        if (lines.length - 1 > MAX_ROWS) {
            violations.add(new Problem.Violation("rows", "body", "at most " + MAX_ROWS + " rows per file"));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            String at = "rows[" + (i + 1) + "]";
            if (cells.length != HEADER.size()) {
                violations.add(new Problem.Violation(at, "body", "has " + cells.length + " columns, not 6"));
                continue;
            }
            int before = violations.size();
            UUID accountId = account(cells[0].strip(), at, violations);
            String period = cells[1].strip();
            if (!RevenueFigures.PERIOD.matcher(period).matches()) {
                violations.add(new Problem.Violation(at + ".period", "body", "must be YYYY, YYYY-Qn or YYYY-MM"));
            }
            BigDecimal amount = decimal(cells[2], at + ".revenue", true, violations);
            BigDecimal margin = decimal(cells[3], at + ".margin", false, violations);
            BigDecimal spend = decimal(cells[4], at + ".categorySpend", false, violations);
            String currency = cells[5].strip();
            if (!isCurrency(currency)) {
                violations.add(new Problem.Violation(at + ".currency", "body", "must be an ISO 4217 code"));
            }
            if (accountId != null && !seen.add(accountId + "/" + period)) {
                violations.add(new Problem.Violation(at, "body", "repeats account and period of an earlier row"));
            }
            if (violations.size() == before) {
                rows.add(new Row(accountId, new RevenueFigures(period, amount, margin, spend, currency)));
            }
        }
        return rows;
    }

    private UUID account(String text, String at, List<Problem.Violation> violations) {
        try {
            UUID id = UUID.fromString(text);
            Account account = accounts.findById(id);
            if (account == null) {
                violations.add(new Problem.Violation(at + ".accountId", "body", "no such account"));
            } else if (account.isArchived()) {
                violations.add(new Problem.Violation(at + ".accountId", "body", "the account is archived"));
            }
            return id;
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation(at + ".accountId", "body", "must be a UUID"));
            return null;
        }
    }

    private static BigDecimal decimal(String text, String field, boolean required, List<Problem.Violation> violations) {
        String value = text.strip();
        if (value.isEmpty()) {
            if (required) {
                violations.add(new Problem.Violation(field, "body", "must not be empty"));
            }
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.scale() > 2 || number.precision() - number.scale() > 17) {
                violations.add(new Problem.Violation(field, "body", "at most 17 digits and 2 decimals"));
            }
            return number;
        } catch (NumberFormatException e) {
            violations.add(new Problem.Violation(field, "body", "must be a decimal number such as 1250000.50"));
            return null;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
