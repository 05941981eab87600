package dev.polyglot.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or the development marker when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override public String[] getVersion() {
        String version = PolyglotCommand.class.getPackage().getImplementationVersion();
        return new String[] {"polyglot " + (version == null ? "0.1.0-SNAPSHOT" : version),
                "Java ${java.version} (${java.vendor})"};
    }
}
