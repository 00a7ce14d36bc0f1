package dev.linesim.experiment;

import dev.linesim.results.Assumptions;
import dev.linesim.scenario.BatchRule;
import dev.linesim.scenario.Economics;
import dev.linesim.scenario.Money;
import dev.linesim.scenario.Quantities;
import dev.linesim.scenario.Scenario;
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
        line.add(new Assumptions.Setting("Energy per cell", String.format(Locale.ROOT, "%.1f Wh", s.product().whPerCell())));
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
        List<Assumptions.StationRow> rows = new ArrayList<>();
        for (StationSpec st : s.stations()) {
            boolean delay = st.kind() == StationSpec.Kind.DELAY;
            rows.add(new Assumptions.StationRow(st.id(), delay ? "delay" : "process",
                    st.machines() == StationSpec.UNLIMITED ? "unlimited" : String.format(Locale.ROOT, "%,d", st.machines()),
                    st.cellsPerUnit() == 1 ? st.unit() : String.format(Locale.ROOT, "%s of %,d cells", st.unit(), st.cellsPerUnit()),
                    st.isSource() ? "raw material" : String.join(", ", st.from()), batch(st.batch()),
                    readable(st.processTime().describe()), st.buffer() == StationSpec.UNLIMITED ? "unlimited" : String.format(Locale.ROOT, "%,d", st.buffer()),
                    st.failures().map(f -> "MTBF " + readable(f.timeBetweenFailures().describe()) + ", MTTR "
                            + readable(f.timeToRepair().describe())).orElse("none"),
                    st.scrap() == 0 ? "0" : CapitalBuilder.trim(100 * st.scrap()) + " %", CapitalBuilder.describe(st)));
        }
        return new Assumptions(line, rows);
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
