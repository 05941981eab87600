package dev.polyglot.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import dev.polyglot.workloads.WorkloadsReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs a profiler against the local engine, scoped to a test namespace, and parses its draft. */
final class ProfileTesting {
    private ProfileTesting() {}

    static Endpoint local(Engine engine) { return Endpoint.resolve(engine, Optional.empty(), System.getenv()); }

    /** The draft's workloads by name, after asserting it parses. */
    static Map<String, Workload> profile(Engine engine, String scope) throws InterruptedException {
        String yaml = DraftYaml.render(Profilers.profile(new ProfileRequest(engine, local(engine), Duration.ofSeconds(1), Optional.of(scope), "test")));
        ParseOutcome outcome = WorkloadsReader.read("draft.yml", yaml);
        assertThat(outcome).as(yaml).isInstanceOf(ParseOutcome.Parsed.class);
        WorkloadsFile file = ((ParseOutcome.Parsed) outcome).file();
        assertThat(yaml).contains("# TODO: set your budget");
        return file.workloads().stream().collect(Collectors.toMap(Workload::name, Function.identity()));
    }
}
