package dev.polyglot.bench.neo4j;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Neo4j for {@code --embedded}: the community server's own main ({@code CommunityEntryPoint}) as a {@link ChildJvmServer}
 * from the jars {@link #JARS} finds, with a 512 MB heap, Bolt on a free loopback port, no auth, and its home (config,
 * data, logs) in a new temporary directory.
 */
final class Neo4jChildServer {
    static final StartTimeout READY_TIMEOUT = StartTimeout.ofSeconds(120);
    static final String HEAP = "512m";
    private static final String MAIN = "org.neo4j.server.CommunityEntryPoint";
    /** org.neo4j:neo4j and its runtime dependencies, copied from Maven Central by {@code scripts/neo4j/pom.xml}. */
    static final ServerJars JARS = new ServerJars("neo4j", "POLYGLOT_NEO4J_LIB", "neo4j-server", Path.of("/var/lib/polyglot-engines/neo4j/lib"), "neo4j-kernel-");

    private Neo4jChildServer() {}

    /** Starts one, blocking until Bolt answers; EngineUnavailableException saying what to do when it cannot. */
    static EmbeddedServer start(Consumer<String> notes) {
        Path lib = JARS.require();
        int port = LoopbackPort.free();
        Path home = ChildJvmServer.newHome("neo4j");
        try {
            Files.createDirectories(home.resolve("conf"));
            Files.writeString(home.resolve("conf/neo4j.conf"), config(home, port));
        } catch (IOException e) {
            ChildJvmServer.deleteQuietly(home);
            throw new EngineUnavailableException("--embedded neo4j could not prepare its directory: " + e.getMessage());
        }
        return ChildJvmServer.start("neo4j", home, new Endpoint("127.0.0.1", port, Optional.empty(), Optional.empty(), Optional.empty()),
                new ServerUser.Self(), List.of("-Xms" + HEAP, "-Xmx" + HEAP, "-XX:+UseG1GC", "-XX:ActiveProcessorCount=2", "-cp", lib + "/*", MAIN,
                        "--home-dir=" + home, "--config-dir=" + home.resolve("conf")),
                READY_TIMEOUT, Neo4jChildServer::answers, List.of(home.resolve("logs/neo4j.log"), home.resolve("stdout.log")));
    }

    private static boolean answers(Endpoint endpoint) {
        try {
            Neo4jBinding.connect(endpoint).close();
            return true;
        } catch (EngineUnavailableException notYet) {
            return false;
        }
    }

    /** The shared neo4j.conf with this server's home and Bolt address filled in. */
    static String config(Path home, int port) throws IOException {
        try (InputStream in = Neo4jChildServer.class.getResourceAsStream("neo4j.conf")) {
            if (in == null) throw new IOException("neo4j.conf is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@HOME@", home.toString()).replace("@BOLT@", "127.0.0.1:" + port);
        }
    }
}
