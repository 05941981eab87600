package dev.polyglot.bench.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteRowsTest {
    @Test
    void unsetIsTheDefaultBatchAndANumberIsTaken() {
        assertThat(WriteRows.fromEnvironment(Map.of()).rows()).isEqualTo(WriteRows.DEFAULT);
        assertThat(WriteRows.fromEnvironment(Map.of(WriteRows.VARIABLE, " 1 ")).rows()).isEqualTo(1);
        assertThat(WriteRows.fromEnvironment(Map.of(WriteRows.VARIABLE, "10000")).rows()).isEqualTo(10_000);
    }

    @Test
    void anythingElseNamesTheVariableAndItsBounds() {
        assertThatThrownBy(() -> WriteRows.fromEnvironment(Map.of(WriteRows.VARIABLE, "lots")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLICKHOUSE_WRITE_ROWS must be a whole number of rows (1 to 100000)");
        assertThatThrownBy(() -> WriteRows.fromEnvironment(Map.of(WriteRows.VARIABLE, "0"))).hasMessageContaining("must be 1 to 100000 rows, was 0");
        assertThatThrownBy(() -> new WriteRows(100_001)).hasMessageContaining("was 100001");
    }
}
