package dev.linesim.experiment;

import dev.linesim.economics.CapexItem;
import dev.linesim.economics.RetrofitCapex;
import dev.linesim.results.CapexLine;
import dev.linesim.results.Capital;
import dev.linesim.results.Retrofit;
import dev.linesim.scenario.Capex;
import dev.linesim.scenario.Facility;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationSpec;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The capital records of a run: every priced asset with its fate, and the totals from {@link LineEconomics}. */
final class CapitalBuilder {
    private CapitalBuilder() {
    }

    static Capital build(RunSummary run) {
        LineEconomics e = run.economics();
        List<CapexLine> items = run.plan().map(CapitalBuilder::planItems).orElseGet(() -> lineItems(run.scenario()));
        Retrofit retrofit = e.retrofit().map(r -> retrofit(run.plan().orElseThrow(), r)).orElse(null);
        return new Capital(e.currency(), items, cents(e.equipment()), cents(e.facility()), cents(e.capitalBase()),
                cents(e.capitalCharge()), retrofit);
    }

    private static List<CapexLine> lineItems(Scenario line) {
        List<CapexLine> items = new ArrayList<>();
        for (StationSpec s : line.stations()) {
            if (s.capex().isPresent()) {
                BigDecimal v = cents(line.installedCost(s));
                items.add(new CapexLine(s.id(), s.name(), false, "installed", machines(s), machines(s), v, v,
                        BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), describe(s),
                        cents(line.bookValue(s))));
            }
        }
        for (Map.Entry<String, BigDecimal> f : LineEconomics.facilityItems(line.facility()).entrySet()) {
            BigDecimal v = cents(f.getValue());
            items.add(new CapexLine(f.getKey(), facilityName(f.getKey()), true, "installed", 0, 0, v, v,
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                    describe(line.facility(), f.getKey()), v));
        }
        return items;
    }

    private static List<CapexLine> planItems(RetrofitPlan plan) {
        List<CapexLine> items = new ArrayList<>();
        for (CapexItem i : LineEconomics.items(plan)) {
            if (!i.facility() && i.before().signum() == 0 && i.after().signum() == 0) {
                continue; // an unpriced station
            }
            if (i.facility() && i.before().signum() == 0 && i.after().signum() == 0) {
                continue; // a facility item neither line has
            }
            String name;
            String describe;
            if (i.facility()) {
                name = facilityName(i.id());
                Facility f = i.after().signum() > 0 ? plan.converted().facility() : plan.base().facility();
                describe = describe(f, i.id());
            } else {
                Optional<StationSpec> now = i.fate() == CapexItem.Fate.RETIRED ? Optional.empty() : plan.converted().station(i.id());
                StationSpec spec = now.orElseGet(() -> plan.base().station(i.id()).orElseThrow());
                name = spec.name();
                describe = describe(spec);
            }
            items.add(new CapexLine(i.id(), name, i.facility(), i.fate().name().toLowerCase(Locale.ROOT), i.machinesBefore(),
                    i.machinesAfter(), cents(i.before()), cents(i.after()), cents(i.newPurchase()), cents(i.modificationCost()),
                    cents(i.salvage()), describe, cents(i.bookBefore())));
        }
        return items;
    }

    private static Retrofit retrofit(RetrofitPlan plan, RetrofitCapex r) {
        return new Retrofit(plan.base().name(), plan.changes(), cents(r.newEquipment()), cents(r.newFacility()),
                cents(r.modifications()), cents(r.gross()), cents(r.salvage()), cents(r.net()), cents(r.greenfield()),
                cents(r.reusedValue()), cents(r.reusedFacility()), r.shareOfGreenfield(), r.reuseShareByValue(),
                r.reuseShareByCount(), r.reusedMachines(), r.machines(), r.keptShareOfExistingByValue(),
                r.keptShareOfExistingByStations(), r.reuseShareByStations());
    }

    private static int machines(StationSpec s) {
        return s.machines() == StationSpec.UNLIMITED ? 1 : s.machines();
    }

    static String facilityName(String id) {
        return switch (id) {
            case "dry_room" -> "Dry room";
            case "building" -> "Building";
            case "utilities" -> "Utilities";
            default -> id;
        };
    }

    /** How a station's price was given, in words. */
    static String describe(StationSpec s) {
        if (s.capex().isEmpty()) {
            return "not priced";
        }
        Capex c = s.capex().get();
        String install = (c.installation() == 0 ? "" : String.format(Locale.ROOT, ", +%s installation", percent(c.installation())))
                + (c.age() > 0 ? ", " + trim(c.age()) + " years old" : "");
        if (c instanceof Capex.Aged a) {
            c = a.inner();
        }
        if (c instanceof Capex.PerMachine m) {
            return machines(s) + " x " + m.machinePrice().format() + install;
        }
        if (c instanceof Capex.Lump l) {
            return l.cost().format() + " for the station" + install;
        }
        Capex.Scaled b = (Capex.Scaled) c;
        return String.format(Locale.ROOT, "%s at %s %s, scaled ^%s%s", b.baseCost().format(), trim(b.baseRate()),
                b.baseRateInGwh() ? "GWh/yr" : "cells/h", trim(b.exponent()), install);
    }

    private static String describe(Facility f, String id) {
        if (id.equals("dry_room") && f.dryRoom().isPresent()) {
            Facility.DryRoom d = f.dryRoom().get();
            return String.format(Locale.ROOT, "%s m2 at %s C dew point, %s %s/m2", trim(d.areaM2()), trim(d.dewPointC()),
                    d.costPerM2().amount().stripTrailingZeros().toPlainString(), d.costPerM2().currency());
        }
        return "as given";
    }

    private static String percent(double fraction) {
        return trim(100 * fraction) + " %";
    }

    static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
