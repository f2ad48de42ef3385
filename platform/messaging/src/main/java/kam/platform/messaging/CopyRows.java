package kam.platform.messaging;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes many rows with PostgreSQL's COPY, in the caller's transaction. For thousands of rows it is several times
 * faster than batched inserts: one statement, no per-row parsing and planning. Values go as CSV: {@code null} as SQL
 * NULL, anything else as its {@code toString()} (UUIDs, numbers, ISO-8601 instants and JSON text all read back as
 * PostgreSQL expects them).
 */
public final class CopyRows {
    private static final int CHUNK = 1 << 16;

    private CopyRows() {}

    /** Copies the rows, each with one value per column, into the table; returns the number of rows. */
    public static long into(EntityManager entityManager, String table, List<String> columns, Iterator<Object[]> rows) {
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                StringBuilder buffer = new StringBuilder(CHUNK + 4096);
                while (rows.hasNext()) {
                    appendRow(buffer, rows.next(), columns.size());
                    if (buffer.length() >= CHUNK) {
                        write(copy, buffer);
                    }
                }
                write(copy, buffer);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    private static void appendRow(StringBuilder buffer, Object[] row, int columns) {
        if (row.length != columns) {
            throw new IllegalArgumentException("a row has " + row.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            if (row[i] != null) {
                appendQuoted(buffer, row[i].toString());
            }
        }
        buffer.append('\n');
    }

    /**
     * Quoted, so that an empty string stays an empty string and only an unquoted nothing is NULL; quotes doubled as
     * it goes (String.replace made a copy of every JSON value, a fifth of re-scoring a portfolio's time).
     */
    private static void appendQuoted(StringBuilder buffer, String value) {
        buffer.append('"');
        int from = 0;
        for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
            buffer.append(value, from, quote + 1).append('"');
            from = quote + 1;
        }
        buffer.append(value, from, value.length()).append('"');
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
