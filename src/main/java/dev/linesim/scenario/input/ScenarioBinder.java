package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.Economics;
import dev.linesim.scenario.Facility;
import dev.linesim.scenario.MaintenanceWindow;
import dev.linesim.scenario.OperatingCalendar;
import dev.linesim.scenario.OperatingCosts;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Product;
import dev.linesim.scenario.Quantities;
import dev.linesim.scenario.RepairCrew;
import dev.linesim.scenario.RunSettings;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationSpec;
import dev.linesim.time.Hours;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a schema-valid document into a {@link Scenario}, applying defaults and checking what the schema
 * cannot: warm-up shorter than horizon, crews and their shifts, references to stations and crews, the product's
 * energy. Each station is bound by {@link StationBinder}, durations and distributions by {@link DistributionBinder},
 * money by {@link EconomicsBinder}. Every problem found is collected; the result is only used when there are none.
 */
final class ScenarioBinder {
    static final double DEFAULT_DAYS_PER_YEAR = 330;
    static final int DEFAULT_REPLICATIONS = 10;
    /** What {@code auto} means for the warm-up and the replications. */
    static final String AUTO = "auto";

    private final YamlDocument doc;
    private final List<Problem> problems = new ArrayList<>();
    private final EconomicsBinder money;
    /** Binds durations and distributions, reporting into the same problems. */
    private final DistributionBinder durations;

    ScenarioBinder(YamlDocument doc) {
        this.doc = doc;
        this.money = new EconomicsBinder(doc, problems);
        this.durations = new DistributionBinder(doc, problems);
    }

    List<Problem> problems() {
        return problems;
    }

    Scenario bind() {
        JsonNode root = doc.root();
        String name = root.path("name").asText("scenario");
        Product product = new ProductBinder(doc, problems).bind("/product");
        money.whPerCell(product.whPerCell());
        Economics economics = money.economics("/economics");
        Facility facility = money.facility("/facility");
        OperatingCalendar calendar = calendar("/calendar");
        RunSettings run = run("/run");
        List<RepairCrew> crews = repairCrews("/repair_crews");
        List<StationSpec> stations = new ArrayList<>();
        StationBinder stationBinder = new StationBinder(doc, problems, money, durations, product);
        JsonNode list = root.path("stations");
        for (int i = 0; i < list.size(); i++) {
            stations.add(stationBinder.station("/stations/" + i, i == 0 ? null : list.get(i - 1).path("id").asText()));
        }
        uncosted(stations, economics.costs());
        List<String> ids = stations.stream().map(StationSpec::id).toList();
        List<OperatingCosts.MaterialItem> bill = economics.costs().materials();
        for (int i = 0; i < bill.size(); i++) {
            if (!ids.contains(bill.get(i).station())) {
                error("/economics/materials/" + i + "/at", "no station '" + bill.get(i).station() + "'"
                        + Suggestions.hint(bill.get(i).station(), ids) + " (expected the id of the station where the"
                        + " material enters the cell)");
            }
        }
        List<String> crewIds = crews.stream().map(RepairCrew::id).distinct().toList();
        for (int i = 0; i < list.size(); i++) {
            JsonNode crew = list.get(i).path("failures").path("repair_crew");
            if (crew.isTextual() && !crewIds.contains(crew.asText())) {
                error("/stations/" + i + "/failures/repair_crew", "no repair crew '" + crew.asText() + "'"
                        + Suggestions.hint(crew.asText(), crewIds) + " (expected "
                        + (crewIds.isEmpty() ? "a crew listed under repair_crews" : "one of " + String.join(", ", crewIds))
                        + ")");
            }
        }
        return new Scenario(name, root.path("description").asText(""), product, calendar, run, stations, crews, economics,
                facility, List.of());
    }

    /** Technicians shared by repairs, each with a unique id. */
    private List<RepairCrew> repairCrews(String at) {
        List<RepairCrew> crews = new ArrayList<>();
        JsonNode list = doc.root().at(at);
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String id = c.path("id").asText();
            if (crews.stream().anyMatch(k -> k.id().equals(id))) {
                error(at + "/" + i + "/id", "repair crew '" + id + "' is listed twice (expected a unique id)");
            }
            crews.add(new RepairCrew(id, c.path("name").asText(id), c.has("shifts") ? shifts(at + "/" + i + "/shifts")
                    : List.of(new RepairCrew.Shift(0, c.path("size").asInt(1)))));
        }
        return crews;
    }

    /**
     * A crew's shifts by time of day: in order, within a day, at least one technician on one of them. A day that does
     * not start with a shift at 0 h starts with the last one (it runs past midnight).
     */
    private List<RepairCrew.Shift> shifts(String at) {
        JsonNode list = doc.root().at(at);
        List<RepairCrew.Shift> shifts = new ArrayList<>();
        double previous = -1;
        for (int i = 0; i < list.size(); i++) {
            double start = durations.hours(at + "/" + i + "/from");
            if (start >= Hours.PER_DAY || start <= previous) {
                error(at + "/" + i + "/from", "shift starts at " + Quantities.formatHours(start) + " (expected a time of day"
                        + " under 24 h, later than the shift before)");
            }
            previous = start;
            shifts.add(new RepairCrew.Shift(start, list.get(i).path("size").asInt()));
        }
        if (!shifts.isEmpty() && shifts.stream().allMatch(s -> s.size() == 0)) {
            error(at, "no technician is on duty on any shift, so no repair would ever start (expected a size of at"
                    + " least 1 on one shift)");
        }
        if (!shifts.isEmpty() && shifts.get(0).start() > 0) {
            RepairCrew.Shift last = shifts.get(shifts.size() - 1);
            shifts.add(0, new RepairCrew.Shift(0, last.size()));
        }
        return shifts;
    }

    private OperatingCalendar calendar(String at) {
        JsonNode c = doc.root().at(at);
        double hoursPerDay = c.path("hours_per_day").asDouble(Hours.PER_DAY);
        double daysPerYear = c.path("days_per_year").asDouble(DEFAULT_DAYS_PER_YEAR);
        List<MaintenanceWindow> windows = new ArrayList<>();
        JsonNode list = c.path("maintenance");
        for (int i = 0; i < list.size(); i++) {
            String w = at + "/maintenance/" + i;
            double start = durations.hours(w + "/start");
            double duration = durations.positiveHours(w + "/duration");
            double every = list.get(i).has("every") ? durations.positiveHours(w + "/every") : 0;
            if (every > 0 && duration >= every) {
                error(w + "/duration", "a window of " + Quantities.formatHours(duration) + " repeating every "
                        + Quantities.formatHours(every) + " never ends (expected duration shorter than every)");
            }
            List<String> stations = new ArrayList<>();
            list.get(i).path("stations").forEach(s -> stations.add(s.asText()));
            windows.add(new MaintenanceWindow(start, duration, every, stations));
        }
        return new OperatingCalendar(hoursPerDay, daysPerYear, windows);
    }

    private RunSettings run(String at) {
        JsonNode r = doc.root().at(at);
        double horizon = durations.positiveHours(at + "/horizon");
        boolean autoWarmup = r.path("warmup").asText("").equals(AUTO);
        double warmup = r.has("warmup") && !autoWarmup ? durations.hours(at + "/warmup") : 0;
        if (warmup >= horizon) {
            error(at + (r.has("warmup") ? "/warmup" : "/horizon"), "warm-up " + Quantities.formatHours(warmup)
                    + " is not shorter than the horizon " + Quantities.formatHours(horizon)
                    + " (expected warmup < horizon)");
        }
        boolean autoReplications = r.path("replications").asText("").equals(AUTO);
        if (r.has("precision") && !autoReplications) {
            error(at + "/precision", "a precision target needs 'replications: auto' (expected replications: auto, or no"
                    + " precision)");
        }
        Optional<RunSettings.Precision> precision = Optional.empty();
        if (autoReplications) {
            JsonNode p = r.path("precision");
            RunSettings.Precision d = RunSettings.Precision.DEFAULT;
            precision = Optional.of(new RunSettings.Precision(p.path("kpi").asText(d.kpi()),
                    p.path("relative_half_width").asDouble(d.relativeHalfWidth()),
                    p.path("max_replications").asInt(d.maxReplications())));
            if (precision.get().maxReplications() < RunSettings.MIN_AUTO_REPLICATIONS) {
                error(at + "/precision/max_replications", "at most " + precision.get().maxReplications() + " replications"
                        + " cannot reach a precision (expected at least " + RunSettings.MIN_AUTO_REPLICATIONS + ")");
            }
        }
        int replications = autoReplications ? RunSettings.MIN_AUTO_REPLICATIONS : r.path("replications").asInt(DEFAULT_REPLICATIONS);
        return new RunSettings(horizon, warmup, replications, r.path("seed").asLong(1), autoWarmup, precision);
    }

    /** Operators or power given without the price that costs them are left out of the cost stack: say so. */
    private void uncosted(List<StationSpec> stations, OperatingCosts costs) {
        boolean staffed = stations.stream().anyMatch(s -> s.operations().operatorsPerMachine() > 0 || s.operations().crew() > 0);
        boolean powered = stations.stream().anyMatch(s -> s.operations().busyKw() > 0 || s.operations().idleKw() > 0);
        if (staffed && costs.wagePerHour().isEmpty()) {
            problems.add(Problem.warning(doc.file(), doc.keyAt("/stations"), "economics", "stations give operators but"
                    + " there is no economics.wage_per_hour, so labour is not costed (expected a wage, or no operators)"));
        }
        if (powered && costs.electricityPerKwh().isEmpty()) {
            problems.add(Problem.warning(doc.file(), doc.keyAt("/stations"), "economics", "stations give power but there"
                    + " is no economics.electricity_per_kwh, so energy is not costed (expected a price, or no power)"));
        }
    }

    private void error(String pointer, String message) {
        problems.add(Problem.error(doc.file(), doc.valueAt(pointer), doc.path(pointer), message));
    }
}
