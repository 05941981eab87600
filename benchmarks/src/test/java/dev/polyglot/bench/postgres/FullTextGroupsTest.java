package dev.polyglot.bench.postgres;

import dev.polyglot.bench.GroupSearches;
import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.LocalEngines;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.workloads.Shape;
import java.sql.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tsvector search matches exactly rows_per_query documents (its group's token) and ranks the top 10 of them. */
@LiveEngineTest
class FullTextGroupsTest {
    @ParameterizedTest(name = "{0} documents, rows_per_query {1}")
    @CsvSource({"3000, 1", "3010, 30", "200, 200"})
    void aSearchMatchesItsGroupOfRowsPerQueryDocuments(long records, long rowsPerQuery) throws Exception {
        DatasetSpec spec = new DatasetSpec(Shape.FULL_TEXT, records, rowsPerQuery);
        try (PostgresBinding binding = PostgresBinding.open(LocalEngines.endpoint(PostgresDriver.ENGINE))) {
            try {
                binding.load(spec);
                try (Connection c = PostgresBinding.connect(LocalEngines.endpoint(PostgresDriver.ENGINE))) {
                    GroupSearches.check(c, PostgresShape.of(spec), "SELECT count(*) FROM " + PostgresBinding.SCHEMA
                            + ".docs WHERE tsv @@ plainto_tsquery('english', ?)", records, rowsPerQuery);
                }
            } finally {
                binding.cleanup();
            }
        }
    }
}
