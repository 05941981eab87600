package dev.polyglot.bench.load;

import java.util.Locale;
import java.util.Optional;

/** The {@code --keys} choices: how popular each record is. */
public enum KeyDistribution {
    UNIFORM, ZIPFIAN, LATEST, HOTSPOT;

    /** The bench's keys unless {@code --keys} says otherwise: skewed, as real traffic is. */
    public static final String DEFAULT_ID = "zipfian";
    /** {@link #DEFAULT_ID} as a value; {@code polyglot calibrate} measures with it, so its figures are for what a bench runs. */
    public static final KeyDistribution DEFAULT = parse(DEFAULT_ID).orElseThrow();

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public KeyChooser chooser(long records) {
        return switch (this) {
            case UNIFORM -> KeyChooser.uniform(records);
            case ZIPFIAN -> KeyChooser.scrambledZipfian(records);
            case LATEST -> KeyChooser.latest(records);
            case HOTSPOT -> KeyChooser.hotspot(records, 0.2, 0.8);
        };
    }

    public static Optional<KeyDistribution> parse(String text) {
        for (KeyDistribution d : values()) if (d.id().equalsIgnoreCase(text.trim())) return Optional.of(d);
        return Optional.empty();
    }
}
