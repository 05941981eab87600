package dev.polyglot.check;

import java.util.List;

/** The rules of {@code polyglot check}, in the order of the command-line contract's table. */
public final class Rules {
    private Rules() {}

    public static List<Rule> all() {
        return List.of(new UnservedWorkloadRule(), new RouteViolationRule(), new UnknownReferenceRule(), new InvalidAdrRule(),
                new ConflictingDecisionsRule(), new OverEngineLimitRule(), new UnjustifiedEngineRule(), new InvalidWorkloadsRule(),
                new NotTakingPartRule());
    }
}
