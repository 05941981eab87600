package dev.polyglot.bench.cassandra;

import dev.polyglot.bench.embedded.ChildJvmServer;
import dev.polyglot.bench.embedded.LoopbackPort;
import dev.polyglot.bench.embedded.ServerJars;
import dev.polyglot.bench.embedded.ServerUser;
import dev.polyglot.bench.embedded.StartTimeout;
import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.EngineUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Cassandra for {@code --embedded}: {@code CassandraDaemon} as a {@link ChildJvmServer} from the jars {@link #JARS} finds,
 * with a {@value #HEAP} heap, the configuration, JVM flags and log setup {@code scripts/engines.sh up cassandra} uses
 * (one copy each in {@code scripts/cassandra}), the native protocol and the storage port on free loopback ports, its
 * own cluster name, and data, commit log and logs in a new temporary directory.
 */
final class CassandraChildServer {
    /** Cassandra on a loaded 2-core machine takes 20-60 s to open its native port; beyond this it is exit 3. */
    static final StartTimeout READY_TIMEOUT = StartTimeout.ofSeconds(150);
    static final String HEAP = "512m";
    private static final String MAIN = "org.apache.cassandra.service.CassandraDaemon";
    /** cassandra-all and its runtime dependencies, copied from Maven Central by {@code scripts/cassandra/pom.xml}. */
    static final ServerJars JARS = new ServerJars("cassandra", "POLYGLOT_CASSANDRA_LIB", "cassandra-server",
            Path.of("/var/lib/polyglot-engines/cassandra/lib"), "cassandra-all-");
    private static final List<String> DIRECTORIES = List.of("data", "commitlog", "saved_caches", "hints", "cdc_raw", "log");

    private final StartTimeout ready;

    /** @param ready how long to wait for the native protocol to answer ({@link #READY_TIMEOUT} for bench) */
    CassandraChildServer(StartTimeout ready) {
        this.ready = java.util.Objects.requireNonNull(ready, "ready");
    }

    /** Starts one, blocking until its native protocol answers; EngineUnavailableException saying what to do when it cannot. */
    EmbeddedServer start(Consumer<String> notes) {
        Path lib = JARS.require();
        Path jamm = jamm(lib);
        int nativePort = LoopbackPort.free();
        int storagePort = LoopbackPort.freeOtherThan(nativePort);
        Path home = ChildJvmServer.newHome("cassandra");
        List<String> args = new ArrayList<>(List.of("-Xms" + HEAP, "-Xmx" + HEAP));
        try {
            for (String d : DIRECTORIES) Files.createDirectories(home.resolve(d));
            Files.writeString(home.resolve("cassandra.yaml"), config(home, nativePort, storagePort));
            Files.writeString(home.resolve("logback.xml"), resource("logback.xml"));
            args.addAll(jvmOptions(resource("jvm17-server.options")));
        } catch (IOException e) {
            ChildJvmServer.deleteQuietly(home);
            throw new EngineUnavailableException("--embedded cassandra could not prepare its directory: " + e.getMessage());
        }
        args.addAll(List.of("-javaagent:" + jamm, "-Dcassandra.config=file://" + home.resolve("cassandra.yaml"),
                "-Dcassandra.storagedir=" + home, "-Dcassandra.logdir=" + home.resolve("log"),
                "-Dlogback.configurationFile=" + home.resolve("logback.xml"), "-cp", lib + "/*", MAIN));
        return ChildJvmServer.start("cassandra", home, new Endpoint("127.0.0.1", nativePort, Optional.empty(), Optional.empty(), Optional.empty()),
                new ServerUser.Self(), args, ready, CassandraChildServer::answers, List.of(home.resolve("log/system.log"), home.resolve("stdout.log")));
    }

    /** The shared cassandra.yaml with this server's cluster name, directory and ports filled in. */
    static String config(Path home, int nativePort, int storagePort) throws IOException {
        return resource("cassandra.yaml").replace("@CLUSTER@", "polyglot-embedded").replace("@DIR@", home.toString())
                .replace("@NATIVE_PORT@", Integer.toString(nativePort)).replace("@STORAGE_PORT@", Integer.toString(storagePort));
    }

    /** The flags of a JVM options file: every word of the lines that are not comments. */
    static List<String> jvmOptions(String file) {
        return file.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .flatMap(l -> Arrays.stream(l.split("\\s+"))).toList();
    }

    private static String resource(String name) throws IOException { return ChildJvmServer.resource(CassandraChildServer.class, name); }

    /** The jamm agent among the jars: Cassandra measures its memtables with it and will not start without it. */
    private static Path jamm(Path lib) {
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.filter(j -> j.getFileName().toString().matches("jamm-.*\\.jar")).findFirst().orElseThrow(() ->
                    new EngineUnavailableException("--embedded cassandra found no jamm-*.jar among the server's jars in " + lib));
        } catch (IOException e) {
            throw new EngineUnavailableException("--embedded cassandra could not list " + lib + ": " + e.getMessage());
        }
    }

    /**
     * Whether the native protocol answers an OPTIONS frame (protocol v4, stream 0, opcode 0x05, no body) with SUPPORTED
     * (opcode 0x06), as {@code scripts/engines.sh} checks it: cheaper than a driver session every half second.
     */
    static boolean answers(Endpoint endpoint) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), 1_000);
            s.setSoTimeout(2_000);
            OutputStream out = s.getOutputStream();
            out.write(new byte[] {0x04, 0, 0, 0, 0x05, 0, 0, 0, 0});
            out.flush();
            byte[] header = s.getInputStream().readNBytes(5);
            return header.length == 5 && header[4] == 0x06;
        } catch (IOException notYet) {
            return false;
        }
    }
}
