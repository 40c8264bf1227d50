package org.deban.generate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one {@code COPY … FROM STDIN} in PostgreSQL's text format, sent a few hundred kilobytes at a
 * time: the fastest way to write many rows over JDBC. Closing without {@link #finish()} cancels the copy, so a
 * failed batch leaves the connection usable for its rollback.
 */
final class CopyStream implements AutoCloseable {
    private static final int SEND_AT = 256 * 1024;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(SEND_AT + 4096);
    private boolean rowStarted;

    /** @param target the table and its column list, e.g. {@code outbox (entity_type, entity_id)} */
    CopyStream(Connection connection, String target) throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
    }

    /** Appends one column value: null, a boolean, a collection (as an array) or anything by its toString. */
    CopyStream add(@Nullable Object value) {
        if (rowStarted) buffer.append('\t');
        rowStarted = true;
        switch (value) {
            case null -> buffer.append("\\N");
            case Boolean b -> buffer.append(b ? 't' : 'f');
            case Collection<?> values -> escape(arrayLiteral(values));
            default -> escape(value.toString());
        }
        return this;
    }

    CopyStream addAll(@Nullable Object[] values) {
        for (Object value : values) add(value);
        return this;
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        rowStarted = false;
        if (buffer.length() >= SEND_AT) send();
    }

    /** Ends the copy and returns how many rows PostgreSQL took. */
    long finish() throws SQLException {
        send();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) copy.cancelCopy();
    }

    private void send() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    /** An array literal with every element quoted, e.g. {@code {"受付","接客"}}. */
    private static String arrayLiteral(Collection<?> values) {
        StringBuilder literal = new StringBuilder("{");
        for (Object value : values) {
            if (literal.length() > 1) literal.append(',');
            literal.append('"')
                    .append(value.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }
}
