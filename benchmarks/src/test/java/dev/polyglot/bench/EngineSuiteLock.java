package dev.polyglot.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Serialises test classes that use the shared local engines across every JVM on the machine (several worktrees may
 * run their suites at once): the bench's namespaces are fixed, so two suites would drop each other's data.
 * Held from before the class's first test to after its last.
 */
public final class EngineSuiteLock implements BeforeAllCallback, AfterAllCallback {
    static final Path FILE = Path.of(System.getProperty("java.io.tmpdir"), "polyglot-engine-tests.lock");
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EngineSuiteLock.class);

    @Override public void beforeAll(ExtensionContext context) throws IOException {
        FileChannel channel = FileChannel.open(FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock();  // blocks until no other suite holds it
        context.getStore(NS).put("lock", lock);
        context.getStore(NS).put("channel", channel);
    }

    @Override public void afterAll(ExtensionContext context) throws IOException {
        FileLock lock = context.getStore(NS).remove("lock", FileLock.class);
        if (lock != null) lock.release();
        FileChannel channel = context.getStore(NS).remove("channel", FileChannel.class);
        if (channel != null) channel.close();
    }
}
