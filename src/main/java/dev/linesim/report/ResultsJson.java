package dev.linesim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linesim.economics.RetrofitCapex;
import dev.linesim.experiment.LineEconomics;
import dev.linesim.experiment.RunSummary;
import dev.linesim.line.ReplicationResult;
import dev.linesim.scenario.Scenario;
import dev.linesim.stats.Estimate;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The complete results of a run as JSON, in a fixed key order. It holds only what the seed determines
 * (no wall-clock time, no thread count), so identical runs give byte-identical files and digests.
 */
public final class ResultsJson {
    /** Version of the results layout; bumped when keys change meaning. */
    public static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {
    }

    public static String render(RunSummary run, String scenarioFile) {
        Scenario s = run.scenario();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", s.name());
        scenario.put("file", scenarioFile);
        scenario.put("description", s.description());
        scenario.put("chemistry", s.product().chemistry());
        scenario.put("wh_per_cell", s.product().whPerCell());
        ObjectNode settings = root.putObject("run");
        settings.put("horizon_h", s.run().horizon());
        settings.put("warmup_h", s.run().warmup());
        settings.put("observed_h", s.run().observedHours());
        settings.put("replications", s.run().replications());
        settings.put("seed", s.run().seed());
        settings.put("confidence_level", Estimate.LEVEL);
        settings.put("days_per_year", s.calendar().daysPerYear());

        ObjectNode line = root.putObject("line");
        RunSummary.LineKpis k = run.line();
        put(line, "good_cells_per_h", k.cellsPerHour());
        put(line, "good_cells_per_day", k.goodCellsPerDay());
        put(line, "good_cells_per_year", k.cellsPerYear());
        put(line, "gwh_per_year", k.gwhPerYear());
        put(line, "overall_yield", k.overallYield());
        put(line, "wip_cells", k.wipCells());
        put(line, "lead_time_h", k.leadTimeHours());

        ArrayNode stations = root.putArray("stations");
        for (RunSummary.StationKpis st : run.stations()) {
            ObjectNode o = stations.addObject();
            o.put("id", st.id());
            o.put("name", st.name());
            o.put("unit", st.unit());
            if (st.machines() == Integer.MAX_VALUE) {
                o.put("machines", "unlimited");
            } else {
                o.put("machines", st.machines());
            }
            put(o, "yield", st.yield());
            put(o, "busy", st.busy());
            put(o, "blocked", st.blocked());
            put(o, "starved", st.starved());
            put(o, "down", st.down());
            put(o, "idle", st.idle());
            put(o, "utilisation", st.utilisation());
            put(o, "occupancy_units", st.occupancy());
            put(o, "wip_cells", st.wipCells());
            put(o, "good_cells_per_h", st.goodOutPerHour());
        }
        economics(root.putObject("economics"), run);

        ArrayNode daily = root.putArray("daily_good_cells");
        for (int d = 0; d < run.dailyGood().size(); d++) {
            ObjectNode o = daily.addObject();
            o.put("day", d + 1);
            estimate(o, run.dailyGood().get(d));
        }
        ArrayNode reps = root.putArray("replications");
        for (ReplicationResult r : run.replications()) {
            ObjectNode o = reps.addObject();
            o.put("replication", r.replication() + 1);
            o.put("events", r.events());
            number(o, "good_cells", r.goodCells());
            number(o, "good_cells_per_h", r.cellsPerHour());
            number(o, "overall_yield", r.overallYield());
            number(o, "wip_cells", r.wipCells());
            number(o, "lead_time_h", r.leadTimeHours());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void economics(ObjectNode o, RunSummary run) {
        LineEconomics e = run.economics();
        o.put("currency", e.currency());
        o.put("equipment_capex", cents(e.equipment()));
        o.put("facility_capex", cents(e.facility()));
        o.put("capital_employed", cents(e.capitalBase()));
        o.put("annual_capital_charge", cents(e.capitalCharge()));
        put(o, "capital_per_kwh_year", e.capexPerKwhYear());
        if (e.costPerKwh().isPresent()) {
            put(o, "cost_per_kwh", e.costPerKwh().get());
        } else {
            o.putNull("cost_per_kwh");
        }
        if (e.retrofit().isEmpty()) {
            return;
        }
        RetrofitCapex r = e.retrofit().get();
        ObjectNode retrofit = o.putObject("retrofit");
        retrofit.put("base", run.plan().get().base().name());
        retrofit.put("new_equipment", cents(r.newEquipment()));
        retrofit.put("new_facility", cents(r.newFacility()));
        retrofit.put("modifications", cents(r.modifications()));
        retrofit.put("gross_capex", cents(r.gross()));
        retrofit.put("salvage", cents(r.salvage()));
        retrofit.put("net_capex", cents(r.net()));
        retrofit.put("greenfield_capex", cents(r.greenfield()));
        number(retrofit, "share_of_greenfield", r.shareOfGreenfield());
        number(retrofit, "savings_vs_greenfield", r.savingsVsGreenfield());
        number(retrofit, "reuse_share_by_value", r.reuseShareByValue());
        number(retrofit, "reuse_share_by_count", r.reuseShareByCount());
        retrofit.put("reused_machines", r.reusedMachines());
        retrofit.put("machines", r.machines());
        ArrayNode changes = retrofit.putArray("changes");
        run.plan().get().changes().forEach(changes::add);
        ObjectNode fates = retrofit.putObject("fates");
        run.plan().get().fates().forEach((id, f) -> fates.put(id, f.kind().label()));
    }

    private static java.math.BigDecimal cents(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    /** SHA-256 of the rendered results: equal digests mean equal results. */
    public static String digest(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode parent, String key, Estimate e) {
        estimate(parent.putObject(key), e);
    }

    /** Writes an estimate as {mean, half_width, n}; undefined values as null. */
    static void estimate(ObjectNode o, Estimate e) {
        number(o, "mean", e.mean());
        number(o, "half_width", e.halfWidth());
        o.put("n", e.n());
    }

    /** JSON has no NaN: an undefined value is written as null. */
    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
