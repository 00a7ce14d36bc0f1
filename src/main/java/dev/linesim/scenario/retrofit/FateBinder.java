package dev.linesim.scenario.retrofit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.Location;
import dev.linesim.scenario.Money;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.input.EconomicsBinder;
import dev.linesim.scenario.input.Suggestions;
import dev.linesim.scenario.input.YamlDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a plan's {@code equipment} section: the fate of each existing station's machines and of the
 * facility items. Stations the plan leaves in the line are reused unless stated; stations it removes or
 * replaces are retired.
 */
final class FateBinder {
    private final YamlDocument plan;
    private final List<Problem> problems;

    FateBinder(YamlDocument plan, List<Problem> problems) {
        this.plan = plan;
        this.problems = problems;
    }

    Map<String, Fate> bind(Scenario base, StationEdits converted) {
        EconomicsBinder money = new EconomicsBinder(plan, problems);
        money.currency(plan.root().path("economics").path("currency").asText(base.economics().currency()));
        List<String> known = new ArrayList<>();
        base.stations().forEach(s -> known.add(s.id()));
        known.addAll(RetrofitPlan.FACILITY_ITEMS);
        Map<String, Fate> fates = new LinkedHashMap<>();
        for (String id : known) {
            fates.put(id, kept(id, converted) ? Fate.REUSED : Fate.RETIRED);
        }
        JsonNode equipment = plan.root().path("equipment");
        Iterator<Map.Entry<String, JsonNode>> fields = equipment.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String id = f.getKey();
            String at = "/equipment/" + id.replace("~", "~0").replace("/", "~1");
            if (!known.contains(id)) {
                error(at, plan.keyAt(at), "unknown station or facility item '" + id + "'" + Suggestions.hint(id, known)
                        + " (expected a station of the base line, or one of " + String.join(", ", RetrofitPlan.FACILITY_ITEMS) + ")");
                continue;
            }
            JsonNode v = f.getValue();
            Fate.Kind kind = Fate.Kind.valueOf((v.isTextual() ? v.asText() : v.path("fate").asText()).toUpperCase(java.util.Locale.ROOT));
            Optional<Money> cost = money.money(at + "/cost");
            Optional<Money> salvage = money.money(at + "/salvage");
            if (!kept(id, converted) && kind != Fate.Kind.RETIRED) {
                error(at, plan.valueAt(at), "'" + id + "' is removed or replaced by the plan, so its equipment can only be"
                        + " retired (was " + kind.label() + ")");
            }
            if (kind == Fate.Kind.MODIFIED && cost.isEmpty()) {
                error(at, plan.valueAt(at), "a modified item needs the installed cost of the modification (expected cost: ...)");
            }
            if (kind != Fate.Kind.MODIFIED && cost.isPresent()) {
                error(at + "/cost", plan.valueAt(at + "/cost"), "cost applies to modified items only (fate is " + kind.label() + ")");
            }
            if (kind != Fate.Kind.RETIRED && salvage.isPresent()) {
                error(at + "/salvage", plan.valueAt(at + "/salvage"), "salvage applies to retired items only (fate is " + kind.label() + ")");
            }
            fates.put(id, new Fate(kind, cost, salvage));
        }
        return fates;
    }

    /**
     * Whether a base asset stays in the converted line: a facility item, or a station neither removed nor replaced.
     * A station replaced by one that keeps its id is still new equipment: the old is retired.
     */
    private static boolean kept(String id, StationEdits converted) {
        return RetrofitPlan.FACILITY_ITEMS.contains(id) || (converted.find(id).isPresent() && !converted.replacedBy.containsKey(id));
    }

    private void error(String pointer, Location at, String message) {
        problems.add(Problem.error(plan.file(), at, plan.path(pointer), message));
    }
}
