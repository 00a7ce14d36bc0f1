package dev.linesim.experiment;

import dev.linesim.line.ReplicationResult;
import dev.linesim.line.StationResult;
import dev.linesim.scenario.Economics;
import dev.linesim.scenario.Facility;
import dev.linesim.scenario.Money;
import dev.linesim.scenario.OperatingCosts;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cost of making a line's output, bottom-up, per year of one replication. Each component is costed only
 * when the scenario gives what it needs; a component not given is absent, never zero by assumption.
 * <ul>
 * <li>materials: each bill-of-materials item x cells entering its station (so scrap carries the materials used up to
 * where it is lost, on every branch); or the flat material cost per cell x cells started on the main path;</li>
 * <li>labour: (operators per machine x machines + crew) x the calendar's staffed hours (hours per day x days per
 * year) x the wage per hour: a post staffed on every shift;</li>
 * <li>station energy: per machine, busy share x busy kW + the rest of the time x idle kW (a delay stage: units held x
 * kW per unit), over the year's hours, at the electricity price;</li>
 * <li>dry room: its running power (area and dew point, {@link Facility.Running}) x 8,760 h x the electricity price;</li>
 * <li>maintenance: a share of the installed equipment value; overhead and other fixed costs: as given;</li>
 * <li>capital: the annual capital charge.</li>
 * </ul>
 */
public final class CostStack {
    private CostStack() {
    }

    /** The parts of the cost per kWh, in the order a stacked bar draws them (bottom first). */
    public enum Component {
        MATERIALS("materials", "Materials"),
        LABOUR("labour", "Labour"),
        ENERGY("energy", "Station energy"),
        DRY_ROOM("dry_room", "Dry-room running"),
        MAINTENANCE("maintenance", "Maintenance"),
        OVERHEAD("overhead", "Overhead"),
        OTHER_FIXED("other_fixed", "Other fixed costs"),
        CAPITAL("capital", "Capital charge");

        public final String key;
        public final String label;

        Component(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    /**
     * One replication's costs per year, by component, with the materials lost in scrap.
     *
     * @param perYear        cost per year of each component the scenario gives
     * @param scrapMaterials materials consumed by cells that were scrapped, per year (NaN without materials)
     */
    public record Year(Map<Component, Double> perYear, double scrapMaterials) {
        public double total() {
            return perYear.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** Which components a line's inputs cost (capital when {@code priced}). */
    public static List<Component> given(Scenario line, boolean priced) {
        Economics e = line.economics();
        OperatingCosts c = e.costs();
        Map<Component, Boolean> given = new EnumMap<>(Component.class);
        given.put(Component.MATERIALS, !c.materials().isEmpty() || e.materialCostPerCell().isPresent());
        given.put(Component.LABOUR, c.wagePerHour().isPresent());
        given.put(Component.ENERGY, c.electricityPerKwh().isPresent());
        given.put(Component.DRY_ROOM, c.electricityPerKwh().isPresent() && line.facility().dryRoom().isPresent());
        given.put(Component.MAINTENANCE, !Double.isNaN(c.maintenanceShare()));
        given.put(Component.OVERHEAD, c.overheadPerYear().isPresent());
        given.put(Component.OTHER_FIXED, e.fixedOpexPerYear().isPresent());
        given.put(Component.CAPITAL, priced);
        return given.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    /**
     * Costs per year of one replication.
     *
     * @param line               the line simulated (its run settings give the observed hours)
     * @param r                  the replication
     * @param components         the components to cost ({@link #given})
     * @param equipmentInstalled installed value of the line's equipment, for maintenance
     * @param capitalCharge      annual capital charge
     */
    public static Year of(Scenario line, ReplicationResult r, List<Component> components, double equipmentInstalled,
                          double capitalCharge) {
        Economics e = line.economics();
        OperatingCosts c = e.costs();
        double hoursPerYear = line.calendar().hoursPerYear();
        double observed = line.run().horizon() - line.run().warmup();
        double goodPerYear = r.cellsPerHour() * hoursPerYear;
        Map<Component, Double> costs = new EnumMap<>(Component.class);
        double scrap = Double.NaN;
        for (Component k : components) {
            double v = switch (k) {
                case MATERIALS -> {
                    double[] m = materials(line, r, goodPerYear, observed);
                    scrap = m[1];
                    yield m[0];
                }
                case LABOUR -> labourHours(line) * amount(c.wagePerHour());
                case ENERGY -> stationKwh(line, r) * amount(c.electricityPerKwh());
                case DRY_ROOM -> line.facility().dryRoom().orElseThrow().powerKw() * Facility.DryRoom.HOURS_PER_YEAR
                        * amount(c.electricityPerKwh());
                case MAINTENANCE -> c.maintenanceShare() * equipmentInstalled;
                case OVERHEAD -> amount(c.overheadPerYear());
                case OTHER_FIXED -> amount(e.fixedOpexPerYear());
                case CAPITAL -> capitalCharge;
            };
            costs.put(k, v);
        }
        return new Year(costs, scrap);
    }

    /** Operator-hours per year: every post staffed for the calendar's working hours. */
    static double labourHours(Scenario line) {
        double posts = 0;
        for (StationSpec s : line.stations()) {
            int machines = s.machines() == StationSpec.UNLIMITED ? 0 : s.machines();
            posts += s.operations().operatorsPerMachine() * machines + s.operations().crew();
        }
        return posts * line.calendar().hoursPerDay() * line.calendar().daysPerYear();
    }

    /** Electricity the stations draw per year, kWh, from their simulated busy shares (or units held). */
    static double stationKwh(Scenario line, ReplicationResult r) {
        double hoursPerYear = line.calendar().hoursPerYear();
        double kw = 0;
        for (StationSpec s : line.stations()) {
            StationResult st = station(r, s.id());
            if (s.isDelay()) {
                double free = s.machines() == StationSpec.UNLIMITED ? 0 : s.machines() - st.occupancy();
                kw += st.occupancy() * s.operations().busyKw() + free * s.operations().idleKw();
            } else {
                kw += s.machines() * (st.busy() * s.operations().busyKw() + (1 - st.busy()) * s.operations().idleKw());
            }
        }
        return kw * hoursPerYear;
    }

    /** Materials per year and the part of them scrapped cells consumed. */
    private static double[] materials(Scenario line, ReplicationResult r, double goodPerYear, double observed) {
        Economics e = line.economics();
        List<OperatingCosts.MaterialItem> bill = e.costs().materials();
        if (bill.isEmpty()) {
            double perCell = amount(e.materialCostPerCell());
            double started = goodPerYear / r.overallYield();
            return new double[] {perCell * started, perCell * (started - goodPerYear)};
        }
        double hoursPerYear = line.calendar().hoursPerYear();
        double total = 0;
        double inGoodCells = 0;
        for (OperatingCosts.MaterialItem item : bill) {
            double perCell = item.perCell().amount().doubleValue();
            total += perCell * station(r, item.station()).cellsIn() / observed * hoursPerYear;
            inGoodCells += perCell * goodPerYear;
        }
        return new double[] {total, total - inGoodCells};
    }

    private static StationResult station(ReplicationResult r, String id) {
        return r.stations().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no results for station " + id));
    }

    private static double amount(Optional<Money> m) {
        return m.map(x -> x.amount().doubleValue()).orElse(0.0);
    }
}
