package dev.polyglot.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to real engine servers (the shared local ones, or ones it starts): tagged {@value #TAG} so the
 * unit tests can run alone ({@code -DexcludedGroups=engine}), and holding the {@link EngineSuiteLock} so suites of
 * several worktrees never run on the same engines at once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(LiveEngineTest.TAG)
@ExtendWith(EngineSuiteLock.class)
public @interface LiveEngineTest {
    /** The JUnit tag of tests that need live servers. */
    String TAG = "engine";
}
