package dev.linesim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * A production line ready to simulate: what it makes, when it works, how long to run and its stations.
 *
 * @param name        short name; reports go to {@code reports/<name>/}
 * @param description free text shown in reports
 * @param product     the cell made
 * @param calendar    working time and planned downtime
 * @param run         horizon, warm-up, replications and seed
 * @param stations    stations in file order; routing is given by {@link StationSpec#from()}
 * @param repairCrews technicians shared by stations' repairs (see {@link FailureModel#repairCrew()}), often none
 * @param economics   currency, discount rate, lives, operating costs, price
 * @param facility    building, utilities, dry room
 * @param warnings    what the input checks found doubtful but not wrong (each located in its file)
 */
public record Scenario(String name, String description, Product product, OperatingCalendar calendar,
                       RunSettings run, List<StationSpec> stations, List<RepairCrew> repairCrews, Economics economics,
                       Facility facility, List<Problem> warnings) {

    public Scenario {
        stations = List.copyOf(stations);
        repairCrews = List.copyOf(repairCrews);
        warnings = List.copyOf(warnings);
    }

    /** A scenario without repair crews or warnings. */
    public Scenario(String name, String description, Product product, OperatingCalendar calendar, RunSettings run,
                    List<StationSpec> stations, Economics economics, Facility facility) {
        this(name, description, product, calendar, run, stations, List.of(), economics, facility, List.of());
    }

    /** The same scenario with more warnings. */
    public Scenario withWarnings(List<Problem> more) {
        List<Problem> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        all.sort(Problem.BY_POSITION);
        return new Scenario(name, description, product, calendar, run, stations, repairCrews, economics, facility, all);
    }

    public Optional<RepairCrew> repairCrew(String id) {
        return repairCrews.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<StationSpec> station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The station whose output leaves the line as finished cells: the grading station, or else the last station whose
     * output no other takes (a rework station, which returns cells, is not).
     */
    public StationSpec endOfLine() {
        Optional<StationSpec> grading = stations.stream().filter(s -> s.kind() instanceof StationKind.Grading)
                .reduce((a, b) -> b);
        if (grading.isPresent()) {
            return grading.get();
        }
        return stations.stream().filter(s -> s.flow().returnsTo().isEmpty())
                .filter(s -> stations.stream().noneMatch(o -> o.from().contains(s.id())))
                .reduce((a, b) -> b).orElseThrow();
    }

    /**
     * Where the cells that pass station {@code s} go next: back to an earlier station on a rework edge, or to the first
     * station taking its output other than an inspection's rework station; empty at the end of line.
     */
    public Optional<StationSpec> next(StationSpec s) {
        if (s.kind() instanceof StationKind.Grading) {
            return Optional.empty(); // good cells leave here; a grade sent on comes back
        }
        if (s.flow().returnsTo().isPresent()) {
            return station(s.flow().returnsTo().get());
        }
        Optional<String> caught = s.kind() instanceof StationKind.Inspection in ? in.caughtTo() : Optional.empty();
        return stations.stream().filter(o -> o.from().contains(s.id()) && !caught.equals(Optional.of(o.id())))
                .findFirst();
    }

    /** Design rate of a station in cells/h and in GWh/yr of this product, for capex scaling. */
    public Capex.DesignRate designRate(StationSpec s) {
        double cellsPerHour = s.designCellsPerHour();
        return new Capex.DesignRate(cellsPerHour, cellsPerHour * calendar.hoursPerYear() * product.whPerCell() / 1e9);
    }

    /** Installed equipment cost of a station (zero when it carries no capex). */
    public java.math.BigDecimal installedCost(StationSpec s) {
        return s.capex().map(c -> c.installed(s.machines(), designRate(s))).orElse(java.math.BigDecimal.ZERO);
    }

    /** Book value of a station's equipment: installed cost less straight-line depreciation for its age. */
    public java.math.BigDecimal bookValue(StationSpec s) {
        return s.capex().map(c -> installedCost(s).multiply(Capex.bookShare(c.age(), economics.equipmentLife())))
                .orElse(java.math.BigDecimal.ZERO);
    }

    /** The same line under another name (a study tells apart runs of one line, e.g. on different timelines). */
    public Scenario withName(String newName) {
        return new Scenario(newName, description, product, calendar, run, stations, repairCrews, economics, facility,
                warnings);
    }

    /** The same scenario with other run settings (command-line overrides). */
    public Scenario withRun(RunSettings newRun) {
        return new Scenario(name, description, product, calendar, newRun, stations, repairCrews, economics, facility,
                warnings);
    }
}
