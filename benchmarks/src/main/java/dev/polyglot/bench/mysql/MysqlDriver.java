package dev.polyglot.bench.mysql;

import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.workloads.Shape;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MySQL as MariaDB (Debian's {@code mariadb-server}) through MariaDB Connector/J: database {@value MysqlBinding#DATABASE},
 * claimed with {@code GET_LOCK}; the password from {@code MYSQL_PWD} (the mysql client's variable), the user from
 * {@code MYSQL_USER}, defaulting to the local user {@code polyglot} that {@code scripts/engines.sh up mariadb} creates.
 */
public final class MysqlDriver implements EngineDriver {
    public static final Engine ENGINE = Engine.served("mysql", 3306,
            EnumSet.of(Shape.POINT_LOOKUP, Shape.RANGE_SCAN, Shape.FULL_TEXT, Shape.AGGREGATE), Shape.POINT_LOOKUP,
            List.of("mysql", "mariadb"), "mysql://USER@HOST:3306/DB", "mariadb");

    @Override public Engine engine() { return ENGINE; }

    @Override public Endpoint fromEnvironment(Endpoint parsed, Map<String, String> env) {
        boolean defaultUser = parsed.user().isEmpty() && env.get("MYSQL_USER") == null;
        Endpoint e = parsed.orFromEnvironment(env, "MYSQL_USER", "MYSQL_PWD", "MYSQL_DATABASE");
        // The password of the local user scripts/engines.sh creates, used only with that user.
        return new Endpoint(e.host(), e.port(), e.user().or(() -> Optional.of("polyglot")),
                e.password().or(() -> defaultUser ? Optional.of("polyglot") : Optional.empty()), e.database());
    }

    @Override public EngineBinding open(Endpoint endpoint) { return MysqlBinding.open(endpoint); }

    @Override public NamespaceClaim claim(Endpoint endpoint, Claimant me) { return MysqlClaim.take(endpoint); }
}
