package dev.polyglot.bench.opensearch;

import dev.polyglot.bench.embedded.ChildJvmServer;
import dev.polyglot.bench.embedded.LoopbackPort;
import dev.polyglot.bench.embedded.ServerJars;
import dev.polyglot.bench.embedded.ServerUser;
import dev.polyglot.bench.embedded.StartTimeout;
import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.EngineUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * OpenSearch for {@code --embedded}: the server's own main ({@code org.opensearch.bootstrap.OpenSearch}) as a
 * {@link ChildJvmServer} from the distribution {@link #JARS} finds (read only), with the configuration and JVM flags
 * {@code scripts/engines.sh up opensearch} uses (one copy each in {@code scripts/opensearch}), its own cluster, HTTP and
 * transport on free loopback ports, and config, data, logs and temporary files in a new temporary home. OpenSearch
 * refuses root: as root it runs as system user {@value #ACCOUNT} (created when missing), which owns the home.
 */
final class OpenSearchChildServer {
    /** OpenSearch on a loaded 2-core machine takes 15-40 s to answer; beyond this it is exit 3. */
    static final StartTimeout READY_TIMEOUT = StartTimeout.ofSeconds(150);
    static final String VERSION = "2.19.6";
    static final String ACCOUNT = "polyglot-opensearch";
    private static final String MAIN = "org.opensearch.bootstrap.OpenSearch";
    /** The lib directory of the distribution {@code scripts/opensearch/pom.xml} unpacks from Maven Central; its home is the parent. */
    static final ServerJars JARS = new ServerJars("opensearch", "POLYGLOT_OPENSEARCH_LIB", "opensearch-server/opensearch-" + VERSION,
            Path.of("/var/lib/polyglot-engines/opensearch/opensearch-" + VERSION + "/lib"), "opensearch-" + VERSION);
    /**
     * The flags OpenSearch's launcher adds before {@code config/jvm.options} (its {@code SystemJvmOptions}), which a JVM
     * started without the launcher must pass itself; the direct-memory cap is the launcher's too: half the heap.
     */
    private static final List<String> LAUNCHER_FLAGS = List.of("-Dopensearch.networkaddress.cache.ttl=60",
            "-Dopensearch.networkaddress.cache.negative.ttl=10", "-XX:+AlwaysPreTouch", "-Xss1m", "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8", "-Djna.nosys=true", "-XX:-OmitStackTraceInFastThrow", "-XX:+ShowCodeDetailsInExceptionMessages",
            "-Dio.netty.noUnsafe=true", "-Dio.netty.noKeySetOptimization=true", "-Dio.netty.recycler.maxCapacityPerThread=0",
            "-Dio.netty.allocator.numDirectArenas=0", "-Dlog4j.shutdownHookEnabled=false", "-Dlog4j2.disable.jmx=true",
            "-Djava.locale.providers=SPI,COMPAT");
    private static final String DIRECT_MEMORY = "-XX:MaxDirectMemorySize=256m";
    /** A jvm.options line for some Java versions: {@code N:flag}, {@code N-:flag} or {@code N-M:flag}. */
    private static final java.util.regex.Pattern VERSIONED_OPTION = java.util.regex.Pattern.compile("^(\\d+)(-(\\d*))?:(.*)$");

    private final StartTimeout ready;

    /** @param ready how long to wait for HTTP to answer ({@link #READY_TIMEOUT} for bench) */
    OpenSearchChildServer(StartTimeout ready) {
        this.ready = Objects.requireNonNull(ready, "ready");
    }

    /** Starts one, blocking until its cluster health is yellow or green; EngineUnavailableException saying what to do when it cannot. */
    EmbeddedServer start(Consumer<String> notes) {
        Path distribution = JARS.require().getParent();
        Path descriptor = distribution.resolve("modules/analysis-common/plugin-descriptor.properties");
        if (!Files.isRegularFile(descriptor)) {
            throw new EngineUnavailableException("--embedded opensearch found no " + descriptor + " (the english analyzer's module is incomplete);"
                    + " rebuild polyglot with mvn package, or run scripts/engines.sh up opensearch and bench it without --embedded");
        }
        ServerUser user = ServerUser.systemAccount("opensearch", ACCOUNT);
        int httpPort = LoopbackPort.free();
        int transportPort = LoopbackPort.freeOtherThan(httpPort);
        Path home = ChildJvmServer.newHome("opensearch");
        List<String> args = new ArrayList<>(LAUNCHER_FLAGS);
        try {
            for (String d : List.of("config", "data", "logs", "tmp")) Files.createDirectories(home.resolve(d));
            Files.writeString(home.resolve("config/opensearch.yml"), config(home, httpPort, transportPort));
            Files.copy(distribution.resolve("config/log4j2.properties"), home.resolve("config/log4j2.properties"));
            args.addAll(jvmOptions(Files.readString(distribution.resolve("config/jvm.options")), Runtime.version().feature(), home.resolve("tmp")));
            args.addAll(jvmOptions(resource("polyglot.options"), Runtime.version().feature(), home.resolve("tmp")));
            user.ownTree(home);
        } catch (IOException e) {
            ChildJvmServer.deleteQuietly(home);
            throw new EngineUnavailableException("--embedded opensearch could not prepare its directory: " + e.getMessage());
        }
        args.addAll(List.of(DIRECT_MEMORY, "-Dopensearch.path.home=" + distribution, "-Dopensearch.path.conf=" + home.resolve("config"),
                "-Dopensearch.distribution.type=zip", "-Dopensearch.bundled_jdk=false", "-cp", distribution.resolve("lib") + "/*", MAIN));
        return ChildJvmServer.start("opensearch", home, new Endpoint("127.0.0.1", httpPort, Optional.empty(), Optional.empty(), Optional.empty()),
                user, args, ready, OpenSearchChildServer::answers, List.of(home.resolve("logs/polyglot-embedded.log"), home.resolve("stdout.log")));
    }

    /** The shared opensearch.yml with this server's cluster name, ports and home filled in. */
    static String config(Path home, int httpPort, int transportPort) throws IOException {
        return resource("opensearch.yml").replace("@CLUSTER@", "polyglot-embedded").replace("@DIR@", home.toString())
                .replace("@HTTP_PORT@", Integer.toString(httpPort)).replace("@TRANSPORT_PORT@", Integer.toString(transportPort));
    }

    /**
     * The flags of a {@code jvm.options} file for Java {@code feature}, as OpenSearch's launcher reads it: comments and blank
     * lines skipped; {@code N:flag} only on Java N, {@code N-:flag} from N on, {@code N-M:flag} from N to M; and
     * {@code ${OPENSEARCH_TMPDIR}} the given directory.
     */
    static List<String> jvmOptions(String file, int feature, Path tmp) {
        List<String> flags = new ArrayList<>();
        for (String raw : file.lines().map(String::strip).toList()) {
            if (raw.isEmpty() || raw.startsWith("#")) continue;
            String line = raw;
            var versioned = VERSIONED_OPTION.matcher(raw);
            if (versioned.matches()) {
                int from = Integer.parseInt(versioned.group(1));
                boolean range = versioned.group(2) != null;
                int to = !range ? from : versioned.group(3).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(versioned.group(3));
                if (feature < from || feature > to) continue;
                line = versioned.group(4);
            }
            flags.add(line.replace("${OPENSEARCH_TMPDIR}", tmp.toString()));
        }
        return flags;
    }

    private static String resource(String name) throws IOException { return ChildJvmServer.resource(OpenSearchChildServer.class, name); }

    /** Whether the cluster health is at least yellow, as {@code scripts/engines.sh} checks it: the node serves indices. */
    static boolean answers(Endpoint endpoint) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://" + endpoint.host() + ":" + endpoint.port()
                    + "/_cluster/health?wait_for_status=yellow&timeout=1s").toURL().openConnection();
            c.setConnectTimeout(1_000);
            c.setReadTimeout(3_000);
            try (InputStream in = c.getInputStream()) {
                return c.getResponseCode() == 200 && new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"status\"");
            } finally {
                c.disconnect();
            }
        } catch (IOException | RuntimeException notYet) {
            return false;
        }
    }
}
