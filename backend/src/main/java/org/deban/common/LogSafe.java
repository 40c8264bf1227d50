package org.deban.common;

import java.sql.SQLException;

/**
 * Exceptions as they may be logged. A database error's message can quote the row it refused ("Failing row contains
 * …") and a parser's can quote the input, so person data would reach the log through them: what is logged keeps each
 * exception's class, SQL state and stack frames, never its message.
 */
public final class LogSafe {
    private LogSafe() {}

    /** A copy of the exception chain without messages, for a log line. */
    public static Throwable redact(Throwable original) {
        String label = original.getClass().getName();
        if (original instanceof SQLException sql && sql.getSQLState() != null) {
            label += " (SQL state " + sql.getSQLState() + ")";
        }
        Throwable cause = original.getCause();
        Throwable copy = new RedactedException(
                label + " [message withheld]", cause == null || cause == original ? null : redact(cause));
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }

    private static final class RedactedException extends RuntimeException {
        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
