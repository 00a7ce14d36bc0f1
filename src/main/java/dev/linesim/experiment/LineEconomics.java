package dev.linesim.experiment;

import dev.linesim.economics.Annualised;
import dev.linesim.economics.CapexItem;
import dev.linesim.economics.RetrofitCapex;
import dev.linesim.line.ReplicationResult;
import dev.linesim.scenario.Economics;
import dev.linesim.scenario.Facility;
import dev.linesim.scenario.Money;
import dev.linesim.scenario.Scenario;
import dev.linesim.scenario.StationSpec;
import dev.linesim.scenario.retrofit.Fate;
import dev.linesim.scenario.retrofit.RetrofitPlan;
import dev.linesim.stats.Estimate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The money side of a simulated line: its capital (and, for a retrofit plan, what the conversion costs
 * against a greenfield line) and its cost per kWh from the simulated output, per replication.
 *
 * @param currency        currency label
 * @param equipment       installed value of the line's equipment
 * @param facility        installed value of building, utilities and dry room
 * @param capitalBase     capital employed: the whole line for a plain line; kept assets plus the retrofit for a plan
 * @param capitalCharge   annual capital charge of the capital base (capital recovery factors)
 * @param costPerKwh      cost per kWh of good output, if operating costs are given
 * @param capexPerKwhYear capital base per kWh of annual output
 * @param retrofit        the conversion's capex, for a retrofit plan
 * @param costPerKwhByReplication      cost per kWh in each replication (NaN when not costed)
 * @param capexPerKwhYearByReplication capital per kWh of annual output in each replication
 * @param stackByReplication           each costed component of the cost per kWh, in each replication
 * @param scrapMaterialsByReplication  materials consumed by scrapped cells per kWh of good output (NaN without materials)
 */
public record LineEconomics(String currency, BigDecimal equipment, BigDecimal facility, BigDecimal capitalBase,
                            BigDecimal capitalCharge, Optional<Estimate> costPerKwh, Estimate capexPerKwhYear,
                            Optional<RetrofitCapex> retrofit, double[] costPerKwhByReplication,
                            double[] capexPerKwhYearByReplication, Map<CostStack.Component, double[]> stackByReplication,
                            double[] scrapMaterialsByReplication) {

    /** Economics of a plain line, or of the converted line of a plan. */
    public static LineEconomics of(Scenario line, Optional<RetrofitPlan> plan, List<ReplicationResult> results) {
        BigDecimal equipment = BigDecimal.ZERO;
        for (StationSpec s : line.stations()) {
            equipment = equipment.add(line.installedCost(s));
        }
        BigDecimal facility = facilityValue(line.facility());
        Optional<List<CapexItem>> assets = plan.map(LineEconomics::items);
        if (assets.isPresent()) { // the converted line's equipment at the values its assets carry
            equipment = assets.get().stream().filter(i -> !i.facility()).map(CapexItem::after).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Optional<RetrofitCapex> retrofit = assets.map(RetrofitCapex::of);
        BigDecimal book = BigDecimal.ZERO; // a line's equipment at its book value: installed, less depreciation by age
        for (StationSpec s : line.stations()) {
            book = book.add(line.bookValue(s));
        }
        BigDecimal base = retrofit.map(RetrofitCapex::capitalEmployed).orElse(book.add(facility));
        BigDecimal equipmentShare = retrofit.map(RetrofitCapex::equipmentEmployed).orElse(book);
        Economics e = line.economics();
        BigDecimal charge = Annualised.capitalCharge(equipmentShare, e.equipmentLife(), base.subtract(equipmentShare),
                e.buildingLife(), BigDecimal.valueOf(e.discountRate()));
        double hoursPerYear = line.calendar().hoursPerYear();
        double whPerCell = line.product().whPerCell();
        double[] capexPerKwh = new double[results.size()];
        double[] cost = new double[results.size()];
        double[] scrap = new double[results.size()];
        boolean priced = equipment.signum() > 0 || facility.signum() > 0;
        List<CostStack.Component> components = CostStack.given(line, priced);
        boolean costed = components.stream().anyMatch(c -> c != CostStack.Component.CAPITAL);
        Map<CostStack.Component, double[]> stack = new java.util.EnumMap<>(CostStack.Component.class);
        if (costed) {
            components.forEach(c -> stack.put(c, new double[results.size()]));
        }
        for (int i = 0; i < results.size(); i++) {
            ReplicationResult r = results.get(i);
            double kwhPerYear = r.cellsPerHour() * hoursPerYear * whPerCell / 1000;
            capexPerKwh[i] = kwhPerYear > 0 ? base.doubleValue() / kwhPerYear : Double.NaN;
            cost[i] = Double.NaN;
            scrap[i] = Double.NaN;
            if (!costed) {
                continue;
            }
            CostStack.Year year = CostStack.of(line, r, components, equipment.doubleValue(), charge.doubleValue());
            boolean made = kwhPerYear > 0 && Double.isFinite(year.total());
            for (CostStack.Component c : components) {
                stack.get(c)[i] = made ? year.perYear().get(c) / kwhPerYear : Double.NaN;
            }
            cost[i] = made ? year.total() / kwhPerYear : Double.NaN;
            scrap[i] = made ? year.scrapMaterials() / kwhPerYear : Double.NaN;
        }
        return new LineEconomics(e.currency(), equipment, facility, base, charge,
                costed ? Optional.of(Estimate.of(cost)) : Optional.empty(), Estimate.of(capexPerKwh), retrofit, cost, capexPerKwh,
                stack, scrap);
    }

    /** Whether the line carries any capex at all. */
    public boolean priced() {
        return equipment.signum() > 0 || facility.signum() > 0;
    }

    /** The assets of a plan before and after conversion, with their fates. */
    public static List<CapexItem> items(RetrofitPlan plan) {
        Scenario before = plan.base();
        Scenario after = plan.converted();
        List<CapexItem> items = new ArrayList<>();
        for (StationSpec s : before.stations()) {
            Fate fate = plan.fates().getOrDefault(s.id(), Fate.REUSED);
            // a replaced station's equipment leaves the line, even when its replacement keeps the id
            Optional<StationSpec> now = plan.replaced().contains(s.id()) ? Optional.empty() : after.station(s.id());
            BigDecimal was = before.installedCost(s);
            // a station the plan leaves as it was keeps its value, even if its price scales with the product's energy
            BigDecimal is = now.map(n -> n.equals(s) ? was : after.installedCost(n)).orElse(BigDecimal.ZERO);
            items.add(new CapexItem(s.id(), false, was, is, machines(s), now.map(LineEconomics::machines).orElse(0), kind(fate),
                    amount(fate.cost()), amount(fate.salvage()), before.bookValue(s)));
        }
        for (StationSpec s : after.stations()) {
            if (before.station(s.id()).isEmpty() || plan.replaced().contains(s.id())) {
                items.add(new CapexItem(s.id(), false, BigDecimal.ZERO, after.installedCost(s), 0, machines(s),
                        CapexItem.Fate.NEW, BigDecimal.ZERO, BigDecimal.ZERO));
            }
        }
        Map<String, BigDecimal> was = facilityItems(before.facility());
        Map<String, BigDecimal> now = facilityItems(after.facility());
        for (String id : RetrofitPlan.FACILITY_ITEMS) {
            Fate fate = plan.fates().getOrDefault(id, Fate.REUSED);
            BigDecimal b = was.getOrDefault(id, BigDecimal.ZERO);
            BigDecimal a = now.getOrDefault(id, BigDecimal.ZERO);
            CapexItem.Fate kind = b.signum() == 0 && a.signum() > 0 ? CapexItem.Fate.NEW : kind(fate);
            items.add(new CapexItem(id, true, b, a, 0, 0, kind, amount(fate.cost()), amount(fate.salvage())));
        }
        return items;
    }

    private static int machines(StationSpec s) {
        return s.machines() == StationSpec.UNLIMITED ? 1 : s.machines(); // an unlimited delay stage counts as one installation
    }

    private static CapexItem.Fate kind(Fate fate) {
        return switch (fate.kind()) {
            case REUSED -> CapexItem.Fate.REUSED;
            case MODIFIED -> CapexItem.Fate.MODIFIED;
            case RETIRED -> CapexItem.Fate.RETIRED;
        };
    }

    static Map<String, BigDecimal> facilityItems(Facility f) {
        Map<String, BigDecimal> items = new java.util.LinkedHashMap<>();
        f.building().ifPresent(m -> items.put("building", m.amount()));
        f.utilities().ifPresent(m -> items.put("utilities", m.amount()));
        f.dryRoom().ifPresent(d -> items.put("dry_room", d.cost()));
        return items;
    }

    private static BigDecimal facilityValue(Facility f) {
        return facilityItems(f).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal amount(Optional<Money> m) {
        return m.map(Money::amount).orElse(BigDecimal.ZERO);
    }
}
