package dev.polyglot.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rows per bench write: a whole number from 1 to 100,000, named with its option when out of range. */
class WriteRowsTest {
    @Test
    void aWholeNumberIsTakenAndAnythingElseIsNot() {
        assertThat(WriteRows.parse(" 1 ")).contains(1);
        assertThat(WriteRows.parse("10000")).contains(10_000);
        assertThat(WriteRows.parse("lots")).isEmpty();
        assertThat(WriteRows.parse("1.5")).isEmpty();
    }

    @Test
    void aCountOutsideTheBoundsNamesTheOptionAndTheBounds() {
        assertThat(WriteRows.DEFAULT_BATCH.rows()).isEqualTo(100);
        assertThatThrownBy(() -> new WriteRows(0)).isInstanceOf(IllegalArgumentException.class).hasMessage("--write-rows must be 1 to 100000, was 0");
        assertThatThrownBy(() -> new WriteRows(100_001)).hasMessage("--write-rows must be 1 to 100000, was 100001");
    }
}
