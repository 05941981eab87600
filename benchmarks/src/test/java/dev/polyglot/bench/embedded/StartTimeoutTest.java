package dev.polyglot.bench.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bound on an embedded server's start: one second to an hour, named in the message when out of range. */
class StartTimeoutTest {
    @Test
    void aBoundFromOneSecondToAnHourIsKept() {
        assertThat(StartTimeout.ofSeconds(1).limit()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new StartTimeout(Duration.ofHours(1)).limit()).isEqualTo(StartTimeout.MAX);
    }

    @Test
    void aBoundOutsideThatIsRefusedNamingTheRangeAndTheValue() {
        assertThatThrownBy(() -> new StartTimeout(Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the start timeout must be 1 s to 60 min, was PT0.999S");
        assertThatThrownBy(() -> StartTimeout.ofSeconds(3601)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was PT1H1S");
        assertThatThrownBy(() -> new StartTimeout(null)).isInstanceOf(NullPointerException.class).hasMessage("limit");
    }
}
