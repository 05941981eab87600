package dev.polyglot.bench.engine;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an engine listens and how to log in. {@link #toString()} shows only host and port, so an endpoint
 * can go into any message without leaking credentials.
 *
 * @param host     host name or address
 * @param port     1 to 65535, or 0 for an engine in this process, whose {@code host} is then its database file
 * @param user     login user, if any
 * @param password login password, if any; never printed
 * @param database database (Postgres), index (Redis), keyspace or file, if any
 */
public record Endpoint(String host, int port, Optional<String> user, Optional<String> password, Optional<String> database) {
    public Endpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) throw new IllegalArgumentException("host must not be blank");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 1 to 65535 (0: in process), was " + port);
    }

    /**
     * The endpoint {@code url} names for {@code engine} ({@code postgresql://user:pw@host:port/db},
     * {@code jdbc:postgresql://...}, {@code redis://:pw@host:port/0}, {@code http://host:8123/}), else the standard local
     * port on 127.0.0.1. Credentials the URL leaves out are the driver's to fill from the environment.
     *
     * @throws IllegalArgumentException for a URL that cannot be read (not a URL, a scheme not the engine's, a port that is
     *         not a number from 1 to 65535); the message does not repeat the URL
     */
    public static Endpoint fromUrl(Engine engine, Optional<String> url) {
        String host = "127.0.0.1";
        int port = engine.defaultPort();
        Optional<String> user = Optional.empty(), password = Optional.empty(), database = Optional.empty();
        if (url.isPresent()) {
            URI uri;
            try {
                uri = URI.create(url.get().startsWith("jdbc:") ? url.get().substring(5) : url.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--url is not a URL like " + engine.urlExample());
            }
            if (uri.getScheme() == null || !engine.urlSchemes().contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("--url for " + engine.id() + " must start with " + String.join("://, ", engine.urlSchemes())
                        + "://; expected a URL like " + engine.urlExample());
            }
            if (uri.getHost() == null && uri.getRawAuthority() != null) {
                throw new IllegalArgumentException("--url has a host:port that cannot be read (the port must be a number); expected a URL like " + engine.urlExample());
            }
            if (uri.getHost() == null) throw new IllegalArgumentException("--url names no host; expected a URL like " + engine.urlExample());
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
        }
        return new Endpoint(host, port, user, password, database);
    }

    /** This endpoint with the user, password and database left empty filled from {@code env}'s variables of those names (absent: left empty). */
    public Endpoint orFromEnvironment(Map<String, String> env, String userVariable, String passwordVariable, String databaseVariable) {
        return new Endpoint(host, port, user.or(() -> Optional.ofNullable(env.get(userVariable))),
                password.or(() -> Optional.ofNullable(env.get(passwordVariable))), database.or(() -> Optional.ofNullable(env.get(databaseVariable))));
    }

    private static String decode(String s) { return URLDecoder.decode(s, StandardCharsets.UTF_8); }

    /** An engine in this process with its database in {@code file}. */
    public static Endpoint inProcess(String file) { return new Endpoint(file, 0, Optional.empty(), Optional.empty(), Optional.empty()); }

    /** {@code host:port} only (the file of an in-process engine): safe to print. */
    @Override public String toString() { return port == 0 ? host : host + ":" + port; }
}
