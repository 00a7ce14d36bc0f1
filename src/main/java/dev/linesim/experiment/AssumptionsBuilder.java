package dev.linesim.experiment;

import dev.linesim.results.Assumptions;
import dev.linesim.scenario.BatchRule;
import dev.linesim.scenario.Economics;
import dev.linesim.scenario.OperatingCosts;
import dev.linesim.scenario.Money;
import dev.linesim.scenario.Quantities;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationKind;
import dev.linesim.scenario.StationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The inputs of a scenario as text for the assumptions table of a report. */
final class AssumptionsBuilder {
    private AssumptionsBuilder() {
    }

    static Assumptions build(Scenario s) {
        List<Assumptions.Setting> line = new ArrayList<>();
        line.add(new Assumptions.Setting("Cell", (s.product().chemistry() + " " + s.product().format()).trim()));
        line.add(new Assumptions.Setting("Energy per cell", String.format(Locale.ROOT, "%.1f Wh", s.product().whPerCell())
                + (Double.isNaN(s.product().capacityAh()) ? "" : String.format(Locale.ROOT, " (%s Ah)",
                CapitalBuilder.trim(s.product().capacityAh())))
                + (Double.isNaN(s.product().massKg()) ? "" : String.format(Locale.ROOT, " in %s kg: %.0f Wh/kg",
                CapitalBuilder.trim(s.product().massKg()), s.product().specificEnergy()))));
        s.product().electrode().ifPresent(el -> line.add(new Assumptions.Setting("Electrode", String.format(Locale.ROOT,
                "%s mAh/cm2 per side on %d side(s): %.3f m2 of cathode foil per cell; trim %s %%",
                CapitalBuilder.trim(el.arealCapacity()), el.sides(), el.areaPerCell(), CapitalBuilder.trim(100 * el.trim())))));
        if (!Double.isNaN(s.product().liquidFraction())) {
            line.add(new Assumptions.Setting("Liquid electrolyte share", CapitalBuilder.trim(100 * s.product().liquidFraction()) + " %"));
        }
        line.add(new Assumptions.Setting("Calendar", CapitalBuilder.trim(s.calendar().hoursPerDay()) + " h/day, "
                + CapitalBuilder.trim(s.calendar().daysPerYear()) + " days/yr, " + s.calendar().maintenance().size()
                + " maintenance window(s)"));
        Economics e = s.economics();
        line.add(new Assumptions.Setting("Capital", String.format(Locale.ROOT, "%s, discount rate %s %%, equipment life %d yr,"
                + " building life %d yr", e.currency(), CapitalBuilder.trim(100 * e.discountRate()), e.equipmentLife(), e.buildingLife())));
        e.fixedOpexPerYear().ifPresent(m -> line.add(new Assumptions.Setting("Fixed opex", m.format() + "/yr")));
        e.materialCostPerCell().ifPresent(m -> line.add(new Assumptions.Setting("Materials per cell started", plain(m))));
        e.pricePerKwh().ifPresent(m -> line.add(new Assumptions.Setting("Price of good output", plain(m) + "/kWh")));
        OperatingCosts c = e.costs();
        if (!c.materials().isEmpty()) {
            java.math.BigDecimal bill = c.materials().stream().map(i -> i.perCell().amount())
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            line.add(new Assumptions.Setting("Bill of materials", String.format(Locale.ROOT, "%s %s per cell (%.1f %s/kWh) in %d"
                    + " items, each consumed where it enters", bill.stripTrailingZeros().toPlainString(), e.currency(),
                    bill.doubleValue() * 1000 / s.product().whPerCell(), e.currency(), c.materials().size())));
        }
        c.wagePerHour().ifPresent(m -> line.add(new Assumptions.Setting("Labour", plain(m) + " per operator-hour, "
                + CapitalBuilder.trim(Math.round(CostStack.labourHours(s) / (s.calendar().hoursPerDay() * s.calendar().daysPerYear())
                * 10) / 10.0) + " posts staffed round the calendar")));
        c.electricityPerKwh().ifPresent(m -> line.add(new Assumptions.Setting("Electricity", plain(m) + "/kWh")));
        if (!Double.isNaN(c.maintenanceShare())) {
            line.add(new Assumptions.Setting("Maintenance", CapitalBuilder.trim(100 * c.maintenanceShare())
                    + " % of installed equipment value per year"));
        }
        c.overheadPerYear().ifPresent(m -> line.add(new Assumptions.Setting("Overhead", m.format() + "/yr")));
        s.facility().dryRoom().ifPresent(d -> line.add(new Assumptions.Setting("Dry room running", String.format(Locale.ROOT,
                "%.0f kW (%s m2 at %s C: %.2f kW/m2)", d.powerKw(), CapitalBuilder.trim(d.areaM2()), CapitalBuilder.trim(d.dewPointC()),
                d.running().kwPerM2At(d.dewPointC())))));
        if (e.taxRate() > 0) {
            line.add(new Assumptions.Setting("Tax on profit", CapitalBuilder.trim(100 * e.taxRate()) + " %"));
        }
        e.subsidyPerKwh().ifPresent(m -> line.add(new Assumptions.Setting("Production subsidy", plain(m) + "/kWh"
                + (Double.isFinite(e.subsidyYears()) ? " for " + CapitalBuilder.trim(e.subsidyYears()) + " years" : ""))));
        List<Assumptions.StationRow> rows = new ArrayList<>();
        for (StationSpec st : s.stations()) {
            rows.add(new Assumptions.StationRow(st.id(), st.kind().key(),
                    st.machines() == StationSpec.UNLIMITED ? "unlimited" : String.format(Locale.ROOT, "%,d", st.machines()),
                    st.cellsPerUnit() == 1 ? st.unit() : String.format(Locale.ROOT, "%s of %,d cells", st.unit(), st.cellsPerUnit()),
                    routing(st), batch(st.batch()),
                    readable(st.processTime().describe()), st.buffer() == StationSpec.UNLIMITED ? "unlimited" : String.format(Locale.ROOT, "%,d", st.buffer()),
                    st.failures().map(f -> "MTBF " + readable(f.timeBetweenFailures().describe()) + ", MTTR "
                            + readable(f.timeToRepair().describe())
                            + f.repairCrew().map(crew -> ", repaired by " + crew).orElse("")).orElse("none"),
                    quality(st), CapitalBuilder.describe(st)));
        }
        return new Assumptions(line, rows);
    }

    /** Where a station's cells come from, and where they go when not simply on: "assembly; split a 25 %, b 75 %". */
    private static String routing(StationSpec st) {
        String from = st.isSource() ? "raw material" : String.join(st.flow().merge() ? " or " : ", ", st.from());
        if (!st.flow().split().isEmpty()) {
            List<String> shares = new ArrayList<>();
            st.flow().split().forEach((id, share) -> shares.add(id + " " + CapitalBuilder.trim(100 * share) + " %"));
            from += "; split " + String.join(", ", shares);
        }
        if (st.kind() instanceof StationKind.Inspection in && in.caughtTo().isPresent()) {
            from += "; caught cells to " + in.caughtTo().get();
        }
        return from + st.flow().returnsTo().map(id -> "; returns cells to " + id).orElse("");
    }

    /** Scrap, defects made, and what an inspection or grading catches and sorts: "1 %, defects 0.4 %". */
    private static String quality(StationSpec st) {
        String text = st.scrap() == 0 ? "0" : CapitalBuilder.trim(100 * st.scrap()) + " %";
        if (st.flow().defects() > 0) {
            text += ", defects " + CapitalBuilder.trim(100 * st.flow().defects()) + " %";
        }
        double detection = st.kind() instanceof StationKind.Inspection in ? in.detection()
                : st.kind() instanceof StationKind.Grading g ? g.detection() : 0;
        if (detection > 0) {
            text += ", catches " + CapitalBuilder.trim(100 * detection) + " % of defects";
        }
        if (st.kind() instanceof StationKind.Grading g) {
            List<String> grades = new ArrayList<>();
            g.grades().forEach(x -> grades.add(x.name() + " " + CapitalBuilder.trim(100 * x.share()) + " %"
                    + x.pricePerKwh().map(p -> " at " + plain(p) + "/kWh").orElse("")
                    + x.to().map(to -> " to " + to).orElse("")));
            text += "; grades " + String.join(", ", grades);
        }
        return text;
    }

    /** A distribution's description with room to wrap: "lognormal (mean 4 h, cv 0.1)". */
    private static String readable(String describe) {
        return describe.replace("(", " (").replace("exponential (mean ", "exponential (");
    }

    private static String batch(BatchRule b) {
        if (b.isSingle()) {
            return "1";
        }
        String s = String.valueOf(b.size());
        if (b.min() < b.size() && Double.isFinite(b.maxWait())) {
            s += " (min " + b.min() + " after " + Quantities.formatHours(b.maxWait()) + ")";
        }
        return s;
    }

    private static String plain(Money m) {
        return m.amount().stripTrailingZeros().toPlainString() + " " + m.currency();
    }
}
