package dev.polyglot.bench.engine;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;

/** Sorts a driver's exception into an {@link Outcome} kind, by SQLSTATE where there is one, else by its causes. */
public final class Failures {
    private Failures() {}

    public static Outcome classify(Throwable failure) {
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01..57P05: server shutdown or connection terminated by an admin.
            if (state.startsWith("08") || state.startsWith("57P")) return Outcome.CONNECTION_LOST;
            // 57014: PostgreSQL's statement timeout; 70100: MariaDB's max_statement_time.
            if (state.equals("57014") || state.equals("70100")) return Outcome.TIMEOUT;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) return Outcome.TIMEOUT;
            if (t instanceof ConnectException || t instanceof SocketException || t instanceof java.io.EOFException) return Outcome.CONNECTION_LOST;
            String name = t.getClass().getSimpleName();
            if (name.equals("NoHttpResponseException") || name.equals("HttpHostConnectException")) return Outcome.CONNECTION_LOST;
            if (t.getCause() == t) break;
        }
        return Outcome.SERVER_ERROR;
    }
}
