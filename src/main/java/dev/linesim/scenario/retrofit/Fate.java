package dev.linesim.scenario.retrofit;

import dev.linesim.scenario.Money;
import java.util.Optional;

/**
 * What a retrofit does with an existing station's machines, or a facility item.
 *
 * @param kind    reused as is, modified (at a cost), or retired (for a salvage value)
 * @param cost    installed cost of a modification
 * @param salvage value recovered from retired equipment
 */
public record Fate(Kind kind, Optional<Money> cost, Optional<Money> salvage) {
    public static final Fate REUSED = new Fate(Kind.REUSED, Optional.empty(), Optional.empty());
    public static final Fate RETIRED = new Fate(Kind.RETIRED, Optional.empty(), Optional.empty());

    /** The fates an existing machine can have; added equipment is new. */
    public enum Kind {
        REUSED, MODIFIED, RETIRED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
