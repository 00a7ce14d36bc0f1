package dev.linesim.experiment;

import dev.linesim.line.ReplicationResult;
import dev.linesim.scenario.Money;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationKind;
import java.util.List;
import java.util.Optional;

/**
 * What a line's good output sells for per kWh: the line's {@code economics.price_per_kwh}, or, with a grading station
 * at the end of line, each grade at its own price (the line's price where a grade names none), weighted by the good
 * cells each grade got in a replication. A grade sent on to another station is not sold.
 */
public final class SellingPrice {
    private SellingPrice() {
    }

    /** Whether every cell the line sells has a price. */
    public static boolean priced(Scenario line) {
        if (line.economics().pricePerKwh().isPresent()) {
            return true;
        }
        List<StationKind.Grade> grades = grades(line);
        return !grades.isEmpty() && grades.stream().filter(g -> g.to().isEmpty()).allMatch(g -> g.pricePerKwh().isPresent());
    }

    /** Mean selling price per kWh of the good output of one replication; NaN when unpriced or nothing left the line. */
    public static double perKwh(Scenario line, ReplicationResult r) {
        if (!priced(line)) {
            return Double.NaN;
        }
        List<StationKind.Grade> grades = grades(line);
        if (grades.isEmpty()) {
            return line.economics().pricePerKwh().orElseThrow().amount().doubleValue();
        }
        double revenue = 0;
        double cells = 0;
        for (int g = 0; g < grades.size(); g++) {
            if (grades.get(g).to().isPresent()) {
                continue; // sent on, not sold
            }
            double price = of(line, grades.get(g)).orElseThrow().amount().doubleValue();
            revenue += r.gradeCells()[g] * price;
            cells += r.gradeCells()[g];
        }
        return cells > 0 ? revenue / cells : Double.NaN;
    }

    /** A grade's price per kWh: its own, or the line's; empty when neither is given. */
    public static Optional<Money> of(Scenario line, StationKind.Grade grade) {
        return grade.pricePerKwh().or(() -> line.economics().pricePerKwh());
    }

    /** The grades of the line's end-of-line grading station, or none. */
    public static List<StationKind.Grade> grades(Scenario line) {
        return line.endOfLine().kind() instanceof StationKind.Grading g ? g.grades() : List.of();
    }
}
