package dev.linesim.scenario.retrofit;

import dev.linesim.scenario.Facility;
import dev.linesim.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A retrofit plan, resolved: the line it converts, the converted line, and what happens to equipment.
 *
 * @param name         plan name (the resolved scenario carries it too)
 * @param base         the line before conversion (itself resolved when the base is a plan)
 * @param converted    the line after conversion; simulated like any line
 * @param fates        fate of every base station and facility item (building, utilities, dry_room)
 * @param changes      one line per change, for reports ("add se_coating after separator_feed")
 * @param conversion   the conversion timeline, if the plan gives one
 * @param resolvedYaml the converted line written out in full, as {@code linesim resolve} prints it
 * @param sources      the files read: this plan first, then its base chain down to the line
 * @param replaced     ids of base stations the plan replaces (their equipment is retired, the replacement is new)
 */
public record RetrofitPlan(String name, Scenario base, Scenario converted, Map<String, Fate> fates, List<String> changes,
                           Optional<Conversion> conversion, String resolvedYaml, List<java.nio.file.Path> sources,
                           Set<String> replaced) {
    public RetrofitPlan {
        replaced = Set.copyOf(replaced);
    }



    /** Facility items that can carry a fate, besides stations. */
    public static final List<String> FACILITY_ITEMS = List.of("building", "utilities", "dry_room");
}
