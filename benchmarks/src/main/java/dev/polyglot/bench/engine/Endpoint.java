package dev.polyglot.bench.engine;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an engine listens and how to log in. {@link #toString()} shows only host and port, so an endpoint
 * can go into any message without leaking credentials.
 *
 * @param host     host name or address
 * @param port     1 to 65535
 * @param user     login user, if any
 * @param password login password, if any; never printed
 * @param database database (Postgres) or index (Redis), if any
 */
public record Endpoint(String host, int port, Optional<String> user, Optional<String> password, Optional<String> database) {
    public Endpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) throw new IllegalArgumentException("host must not be blank");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
    }

    /**
     * The endpoint for {@code engine}: from {@code url} when given ({@code postgresql://user:pw@host:port/db},
     * {@code jdbc:postgresql://...}, {@code redis://:pw@host:port/0}, {@code http://host:8123/}), else the
     * standard local port; credentials the URL leaves out come from the engine's usual environment variables
     * ({@code PGUSER}, {@code PGPASSWORD}, {@code PGDATABASE}, {@code REDISCLI_AUTH}, {@code CLICKHOUSE_USER},
     * {@code CLICKHOUSE_PASSWORD}). Postgres defaults to the local user/database {@code polyglot} that
     * {@code scripts/engines.sh} creates.
     *
     * @throws IllegalArgumentException for a URL that cannot be read (not a URL, a scheme not the engine's, a port that is
     *         not a number from 1 to 65535, a Redis database that is not a number); the message does not repeat the URL
     */
    public static Endpoint resolve(Engine engine, Optional<String> url, Map<String, String> env) {
        String host = "127.0.0.1";
        int port = engine.defaultPort();
        Optional<String> user = Optional.empty(), password = Optional.empty(), database = Optional.empty();
        if (url.isPresent()) {
            URI uri;
            try {
                uri = URI.create(url.get().startsWith("jdbc:") ? url.get().substring(5) : url.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--url is not a URL like " + example(engine));
            }
            if (uri.getScheme() == null || !schemes(engine).contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("--url for " + engine.id() + " must start with " + String.join("://, ", schemes(engine))
                        + "://; expected a URL like " + example(engine));
            }
            if (uri.getHost() == null && uri.getRawAuthority() != null) {
                throw new IllegalArgumentException("--url has a host:port that cannot be read (the port must be a number); expected a URL like " + example(engine));
            }
            if (uri.getHost() == null) throw new IllegalArgumentException("--url names no host; expected a URL like " + example(engine));
            if (uri.getPort() == 0 || uri.getPort() > 65535) throw new IllegalArgumentException("--url's port must be 1 to 65535, was " + uri.getPort());
            host = uri.getHost();
            if (uri.getPort() > 0) port = uri.getPort();
            String info = uri.getRawUserInfo();
            if (info != null) {
                int colon = info.indexOf(':');
                String u = decode(colon < 0 ? info : info.substring(0, colon));
                if (!u.isEmpty()) user = Optional.of(u);
                if (colon >= 0) password = Optional.of(decode(info.substring(colon + 1)));
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (!path.isEmpty()) database = Optional.of(path);
            if (engine == Engine.REDIS && database.isPresent() && !database.get().matches("\\d{1,9}")) {
                throw new IllegalArgumentException("--url's database must be a Redis database number like 0, was '" + database.get() + "'; expected a URL like " + example(engine));
            }
        }
        switch (engine) {
            case POSTGRES -> {
                boolean defaultUser = user.isEmpty() && env.get("PGUSER") == null;
                user = user.or(() -> Optional.ofNullable(env.get("PGUSER"))).or(() -> Optional.of("polyglot"));
                // The password of the local role scripts/engines.sh creates, used only with that role.
                password = password.or(() -> Optional.ofNullable(env.get("PGPASSWORD")))
                        .or(() -> defaultUser ? Optional.of("polyglot") : Optional.empty());
                database = database.or(() -> Optional.ofNullable(env.get("PGDATABASE"))).or(() -> Optional.of("polyglot"));
            }
            case REDIS -> password = password.or(() -> Optional.ofNullable(env.get("REDISCLI_AUTH")));
            case CLICKHOUSE -> {
                user = user.or(() -> Optional.ofNullable(env.get("CLICKHOUSE_USER")));
                password = password.or(() -> Optional.ofNullable(env.get("CLICKHOUSE_PASSWORD")));
            }
        }
        return new Endpoint(host, port, user, password, database);
    }

    /** The URL schemes each engine's {@code --url} may use (after an optional {@code jdbc:}). */
    private static List<String> schemes(Engine engine) {
        return switch (engine) {
            case POSTGRES -> List.of("postgresql", "postgres");
            case REDIS -> List.of("redis");
            case CLICKHOUSE -> List.of("http", "clickhouse");
        };
    }

    private static String example(Engine engine) {
        return switch (engine) {
            case POSTGRES -> "postgresql://HOST:5432/DB";
            case REDIS -> "redis://HOST:6379/0";
            case CLICKHOUSE -> "http://HOST:8123";
        };
    }

    private static String decode(String s) { return URLDecoder.decode(s, StandardCharsets.UTF_8); }

    /** {@code host:port} only: safe to print. */
    @Override public String toString() { return host + ":" + port; }
}
