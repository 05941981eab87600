package dev.polyglot.workloads;

import static dev.polyglot.workloads.Yamls.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per kind of error: the exact FILE:LINE:COLUMN: message the user sees. */
class ErrorMessagesTest {
    private static final String HEAD = "version: 1\nworkloads:\n  - name: w\n";
    private static final String OK_KEYS = "    shape: blob\n    ops_per_sec: 1\n    p99_ms: 1\n";

    @Test
    void emptyFile() {
        assertThat(problems("")).containsExactly("w.yml:1:1: the file is empty; expected a map with 'version: 1' and 'workloads'");
        assertThat(problems("# only a comment\n")).containsExactly("w.yml:1:1: the file is empty; expected a map with 'version: 1' and 'workloads'");
    }

    @Test
    void notYaml() {
        assertThat(problems("version: 1\nworkloads: [\n")).containsExactly(
                "w.yml:3:1: not valid YAML: expected the node content, but found '<stream end>' (while parsing a flow node)");
        assertThat(problems("version: 1\n\tworkloads: []\n")).singleElement().asString()
                .startsWith("w.yml:2:1: not valid YAML: found character '\\t(TAB)' that cannot start any token");
    }

    @Test
    void twoDocuments() {
        assertThat(problems("version: 1\n---\nversion: 1\n")).containsExactly(
                "w.yml:2:1: not valid YAML: a workloads file holds one YAML document, but a second one starts here ('---')");
    }

    @Test
    void topLevelNotAMap() {
        assertThat(problems("- version: 1\n")).containsExactly(
                "w.yml:1:1: the top level must be a map with 'version: 1' and 'workloads', got a list");
        assertThat(problems("just some words")).containsExactly(
                "w.yml:1:1: the top level must be a map with 'version: 1' and 'workloads', got 'just some words'");
    }

    @Test
    void missingVersion() {
        assertThat(problems("workloads:\n  - name: w\n" + OK_KEYS)).containsExactly(
                "w.yml:1:1: missing 'version'; add 'version: 1' at the top of the file");
    }

    @Test
    void wrongVersion() {
        assertThat(problems("version: 2\nworkloads:\n  - name: w\n" + OK_KEYS)).containsExactly(
                "w.yml:1:10: 'version' must be 1, the only version of the format, got 2");
        assertThat(problems("version: one\nworkloads:\n  - name: w\n" + OK_KEYS)).containsExactly(
                "w.yml:1:10: 'version' must be the integer 1, got 'one' (not a number)");
    }

    @Test
    void missingOrEmptyWorkloads() {
        assertThat(problems("version: 1\n")).containsExactly(
                "w.yml:1:1: missing 'workloads'; expected a list of workloads, each a map with name, shape, ops_per_sec and p99_ms");
        assertThat(problems("version: 1\nworkloads: []\n")).containsExactly("w.yml:2:12: 'workloads' is empty; list at least one workload");
        assertThat(problems("version: 1\nworkloads:\n")).containsExactly(
                "w.yml:2:1: 'workloads' must be a list of workloads, each a map with name, shape, ops_per_sec and p99_ms, got nothing");
    }

    @Test
    void unknownTopLevelKey() {
        assertThat(problems(HEAD + OK_KEYS + "sytem: x\n")).containsExactly("w.yml:7:1: unknown key 'sytem', did you mean 'system'?");
        assertThat(problems(HEAD + OK_KEYS + "owner: me\n")).containsExactly(
                "w.yml:7:1: unknown key 'owner' in the top level; expected one of: version, system, constraints, workloads");
    }

    @Test
    void unknownConstraintsKey() {
        assertThat(problems("version: 1\nconstraints:\n  max_engine: 3\nworkloads:\n  - name: w\n" + OK_KEYS))
                .containsExactly("w.yml:3:3: unknown key 'max_engine', did you mean 'max_engines'?");
    }

    @Test
    void unknownWorkloadKeyWithSuggestion() {
        assertThat(problems(HEAD + OK_KEYS + "    p99_msec: 5\n")).containsExactly("w.yml:7:5: unknown key 'p99_msec', did you mean 'p99_ms'?");
    }

    @Test
    void unknownWorkloadKeyWithoutSuggestion() {
        assertThat(problems(HEAD + OK_KEYS + "    colour: red\n")).containsExactly(
                "w.yml:7:5: unknown key 'colour' in a workload; expected one of: name, shape, ops_per_sec, p99_ms, p99_latency_ms, p99, "
                        + "read_ratio, read_write, working_set, records, rows_per_query, consistency, staleness, durability, growth, "
                        + "dimensions, recall, hops, notes");
    }

    @Test
    void missingRequiredWorkloadKeys() {
        assertThat(problems(HEAD + "    shape: blob\n")).containsExactly(
                "w.yml:3:5: workload 'w' is missing 'ops_per_sec' (a number above 0 or a count such as 200k or 30M)",
                "w.yml:3:5: workload 'w' is missing 'p99_ms' (a number above 0; or 'p99_latency_ms': a number above 0; "
                        + "or 'p99': a duration such as 50ms, 30s, 5m or 24h)");
        assertThat(problems("version: 1\nworkloads:\n  - shape: blob\n    ops_per_sec: 1\n    p99_ms: 1\n")).containsExactly(
                "w.yml:3:5: workload 1 is missing 'name' (a non-empty string)");
    }

    @Test
    void wrongTypes() {
        assertThat(problems(HEAD + "    shape: blob\n    ops_per_sec: [1, 2]\n    p99_ms: {a: 1}\n")).containsExactly(
                "w.yml:5:18: 'ops_per_sec' must be a number above 0 or a count such as 200k or 30M, got a list",
                "w.yml:6:13: 'p99_ms' must be a number above 0, got a map");
        assertThat(problems(HEAD + "    shape: blob\n    ops_per_sec: fast\n    p99_ms: true\n")).containsExactly(
                "w.yml:5:18: 'ops_per_sec' must be a number above 0 or a count such as 200k or 30M, got 'fast' (not a number)",
                "w.yml:6:13: 'p99_ms' must be a number above 0, got 'true' (not a number)");
        assertThat(problems("version: 1\nworkloads:\n  - just a string\n")).containsExactly(
                "w.yml:3:5: workload 1 must be a map with name, shape, ops_per_sec and p99_ms, got 'just a string'");
    }

    @Test
    void missingValue() {
        assertThat(problems(HEAD + "    shape: blob\n    ops_per_sec:\n    p99_ms: 1\n")).containsExactly(
                "w.yml:5:5: 'ops_per_sec' has no value; expected a number above 0 or a count such as 200k or 30M");
    }

    @Test
    void outOfRangeNumbers() {
        assertThat(problems(HEAD + "    shape: blob\n    ops_per_sec: -5\n    p99_ms: 0\n    read_ratio: 1.5\n    recall: -0.1\n    hops: 0\n"))
                .containsExactly(
                        "w.yml:5:18: 'ops_per_sec' must be a number above 0 or a count such as 200k or 30M, got '-5'",
                        "w.yml:6:13: 'p99_ms' must be a number above 0, got '0'",
                        "w.yml:7:17: 'read_ratio' must be a number from 0 to 1, got '1.5'",
                        "w.yml:8:13: 'recall' must be a number from 0 to 1, got '-0.1'",
                        "w.yml:9:11: 'hops' must be a whole number, 1 or more, got '0'");
        assertThat(problems("version: 1\nconstraints: {max_engines: 0}\nworkloads:\n  - name: w\n" + OK_KEYS)).containsExactly(
                "w.yml:2:28: 'max_engines' must be a whole number, 1 or more, got '0'");
        assertThat(problems(HEAD + OK_KEYS + "    hops: 2.5\n")).containsExactly(
                "w.yml:7:11: 'hops' must be a whole number, 1 or more, got 2.5");
    }

    @Test
    void badUnits() {
        assertThat(problems(HEAD + OK_KEYS + "    working_set: 2 GBs\n    records: 12 apples\n    staleness: 30\n    growth: 20%/fortnight\n"
                + "    read_write: 90-10\n")).containsExactly(
                "w.yml:7:18: 'working_set' must be a size such as 512MB, 2GB or \"512 MiB\", got '2 GBs' "
                        + "('gbs' is not a unit of size; use B, KB, MB, GB, TB, PB or KiB, MiB, GiB, TiB, PiB)",
                "w.yml:8:14: 'records' must be a count such as 30M, 1.5B, 200k or 5000, got '12 apples' "
                        + "('apples' is not a unit of count; use k, M, B or T)",
                "w.yml:9:16: 'staleness' must be a duration such as 50ms, 30s, 5m or 24h, got '30' "
                        + "(a duration needs a unit (ms, s, m, h, d))",
                "w.yml:10:13: 'growth' must be a growth rate such as 20%/month, 2x/year or 10%/week, got '20%/fortnight' "
                        + "('fortnight' is not a period (day, week, month, quarter, year))",
                "w.yml:11:17: 'read_write' must be a read:write split such as \"90:10\", got '90-10' (not a read:write split)");
    }

    @Test
    void misspeltEnumValues() {
        assertThat(problems(HEAD + "    shape: point-lokup\n    ops_per_sec: 1\n    p99_ms: 1\n    consistency: strng\n"
                + "    durability: ephemral\n")).containsExactly(
                "w.yml:4:12: unknown shape 'point-lokup', did you mean 'point-lookup'?",
                "w.yml:7:18: unknown consistency 'strng', did you mean 'strong'?",
                "w.yml:8:17: unknown durability 'ephemral', did you mean 'ephemeral'?");
        assertThat(problems(HEAD + "    shape: queue\n    ops_per_sec: 1\n    p99_ms: 1\n")).containsExactly(
                "w.yml:4:12: unknown shape 'queue'; expected one of: point-lookup, range-scan, full-text, vector-knn, "
                        + "graph-traversal, time-series, aggregate, blob");
    }

    @Test
    void duplicateWorkloadNames() {
        assertThat(problems(HEAD + OK_KEYS + "  - name: W\n" + OK_KEYS)).containsExactly(
                "w.yml:7:11: workload name 'W' is already used by the workload at line 3; names must be unique");
    }

    @Test
    void boundedStalenessWithoutStaleness() {
        assertThat(problems(HEAD + OK_KEYS + "    consistency: bounded-staleness\n")).containsExactly(
                "w.yml:7:18: workload 'w': consistency 'bounded-staleness' needs 'staleness' "
                        + "(a duration such as 50ms, 30s, 5m or 24h), how stale a read may be");
    }

    @Test
    void stalenessWithAnotherConsistency() {
        assertThat(problems(HEAD + OK_KEYS + "    consistency: eventual\n    staleness: 1h\n")).containsExactly(
                "w.yml:8:5: workload 'w': 'staleness' applies only to consistency 'bounded-staleness', but consistency is "
                        + "'eventual'; remove 'staleness' or set 'consistency: bounded-staleness'");
    }

    @Test
    void vectorKnnWithoutDimensions() {
        assertThat(problems(HEAD + "    shape: vector-knn\n    ops_per_sec: 1\n    p99_ms: 1\n")).containsExactly(
                "w.yml:4:12: workload 'w': shape 'vector-knn' needs 'dimensions' (the vector length, a whole number, 1 or more)");
    }

    @Test
    void unknownEngines() {
        assertThat(problems("version: 1\nconstraints:\n  prefer: [postgress]\n  exclude: [oracle]\nworkloads:\n  - name: w\n" + OK_KEYS))
                .first().isEqualTo("w.yml:3:12: unknown engine 'postgress' in 'prefer', did you mean 'postgres'?");
        assertThat(problems("version: 1\nconstraints:\n  exclude: [oracle]\nworkloads:\n  - name: w\n" + OK_KEYS))
                .singleElement().asString().startsWith("w.yml:3:13: unknown engine 'oracle' in 'exclude'; known engines: bigquery, cassandra,");
    }

    @Test
    void engineListedTwiceOrBothPreferredAndExcluded() {
        assertThat(problems("version: 1\nconstraints:\n  prefer: [postgres, Postgres]\n  exclude: [mariadb]\n  prefer_x: 1\n"
                .replace("  prefer_x: 1\n", "") + "workloads:\n  - name: w\n" + OK_KEYS)).containsExactly(
                "w.yml:3:22: engine 'postgres' is listed twice in 'prefer' (first at line 3)");
        assertThat(problems("version: 1\nconstraints:\n  prefer: [mysql]\n  exclude: [mariadb]\nworkloads:\n  - name: w\n" + OK_KEYS))
                .containsExactly("w.yml:4:13: engine 'mysql' is both preferred (line 3) and excluded; keep one");
    }

    @Test
    void keyAndItsAliasBothGiven() {
        assertThat(problems(HEAD + OK_KEYS + "    p99: 50ms\n")).containsExactly(
                "w.yml:7:5: 'p99' and 'p99_ms' (line 6) both give p99_ms; keep one");
        assertThat(problems(HEAD + OK_KEYS + "    read_ratio: 0.9\n    read_write: \"90:10\"\n")).containsExactly(
                "w.yml:8:5: 'read_write' and 'read_ratio' (line 7) both give read_ratio; keep one");
    }

    @Test
    void duplicateYamlKeys() {
        assertThat(problems(HEAD + OK_KEYS + "    ops_per_sec: 2\n")).containsExactly(
                "w.yml:7:5: key 'ops_per_sec' is given twice in a workload (first at line 5); keep one");
        assertThat(problems("version: 1\nversion: 1\nworkloads:\n  - name: w\n" + OK_KEYS)).containsExactly(
                "w.yml:2:1: key 'version' is given twice in the top level (first at line 1); keep one");
    }

    @Test
    void mergeKeysAreRefusedByName() {
        assertThat(problems("version: 1\nbase: &b {shape: blob}\nworkloads:\n  - name: w\n    <<: *b\n    ops_per_sec: 1\n    p99_ms: 1\n"))
                .contains("w.yml:5:5: YAML merge keys ('<<') are not supported; write the keys out");
    }

    @Test
    void everyProblemIsReportedAtOnceInOrder() {
        assertThat(problems("""
                version: 3
                workloads:
                  - name: a
                    shape: blob
                    ops_per_sec: -1
                    p99_ms: 1
                  - name: b
                    shape: nope
                    ops_per_sec: 1
                    p99: 1 fortnight
                sytem: x
                """)).extracting(line -> line.substring(0, line.indexOf(": ")))
                .containsExactly("w.yml:1:10", "w.yml:5:18", "w.yml:8:12", "w.yml:10:10", "w.yml:11:1");
    }
}
