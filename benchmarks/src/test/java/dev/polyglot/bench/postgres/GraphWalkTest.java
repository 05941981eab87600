package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.LocalEngines;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.SocialGraph;
import dev.polyglot.workloads.Shape;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The recursive CTE walks the synthetic graph as far as asked: exactly the follows at 1 hop, more at each further hop. */
@LiveEngineTest
class GraphWalkTest {
    @Test
    void aWalkReachesTheFollowsAtOneHopAndFansOutFurther() throws Exception {
        long people = 2_000;
        try (PostgresBinding binding = PostgresBinding.open(LocalEngines.endpoint(PostgresDriver.ENGINE))) {
            try {
                binding.load(new DatasetSpec(Shape.GRAPH_TRAVERSAL, people, 20, 1));
                long previous = 0;
                for (int hops = 1; hops <= DatasetSpec.MAX_HOPS; hops++) {
                    long reached = reached(new PostgresShape.GraphWalk(people, hops), 17);
                    if (hops == 1) assertThat(reached).isEqualTo(SocialGraph.FAN_OUT);
                    assertThat(reached).as("reached at %d hops", hops).isGreaterThan(previous).isLessThanOrEqualTo(Math.min(people - 1, (long) Math.pow(10, hops) * 11 / 10));
                    previous = reached;
                }
            } finally {
                binding.cleanup();
            }
        }
    }

    private static long reached(PostgresShape.GraphWalk walk, long person) throws Exception {
        try (Connection c = PostgresBinding.connect(LocalEngines.endpoint(PostgresDriver.ENGINE)); PreparedStatement ps = c.prepareStatement(walk.readSql())) {
            walk.bindRead(ps, person);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
