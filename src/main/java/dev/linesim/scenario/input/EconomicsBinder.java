package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.Capex;
import dev.linesim.scenario.Economics;
import dev.linesim.scenario.Facility;
import dev.linesim.scenario.Money;
import dev.linesim.scenario.OperatingCosts;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Quantities;
import java.util.List;
import java.util.Optional;

/**
 * Binds the money parts of a scenario: economics settings, facility and station capex. Every amount must
 * be in the scenario's currency (linesim converts no currencies).
 */
public final class EconomicsBinder {
    private final YamlDocument doc;
    private final List<Problem> problems;
    private String currency = Economics.DEFAULT.currency();
    private double whPerCell = Double.NaN;

    public EconomicsBinder(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    /** Sets the cell's energy, Wh, for materials priced per kWh (bound after the product). */
    public void whPerCell(double wh) {
        whPerCell = wh;
    }

    /** Sets the currency amounts must be in (when no economics section is bound first). */
    public void currency(String c) {
        currency = c;
    }

    public Economics economics(String at) {
        JsonNode e = doc.root().at(at);
        Economics d = Economics.DEFAULT;
        currency = e.path("currency").asText(d.currency());
        return new Economics(currency, e.path("discount_rate").asDouble(d.discountRate()),
                e.path("equipment_life").asInt(d.equipmentLife()), e.path("building_life").asInt(d.buildingLife()),
                money(at + "/fixed_opex_per_year"), money(at + "/material_cost_per_cell"), money(at + "/price_per_kwh"),
                costs(at), e.path("tax_rate").asDouble(0), money(at + "/subsidy_per_kwh"),
                e.path("subsidy_years").asDouble(Double.POSITIVE_INFINITY));
    }

    private OperatingCosts costs(String at) {
        JsonNode e = doc.root().at(at);
        List<OperatingCosts.MaterialItem> bill = new java.util.ArrayList<>();
        if (e.has("materials") && e.has("material_cost_per_cell")) {
            error(at + "/materials", "materials are given twice (expected a bill of materials or material_cost_per_cell,"
                    + " not both)");
        }
        JsonNode list = e.path("materials");
        for (int i = 0; i < list.size(); i++) {
            String item = at + "/materials/" + i;
            boolean perKwh = list.get(i).has("per_kwh");
            Optional<Money> price = money(item + (perKwh ? "/per_kwh" : "/per_cell"));
            if (price.isPresent()) {
                Money p = price.get();
                Money perCell = perKwh ? new Money(p.amount().multiply(java.math.BigDecimal.valueOf(whPerCell / 1000)),
                        p.currency()) : p;
                bill.add(new OperatingCosts.MaterialItem(list.get(i).path("item").asText(), perCell,
                        list.get(i).path("at").asText()));
            }
        }
        double maintenance = e.has("maintenance_share") ? e.get("maintenance_share").asDouble() : Double.NaN;
        return new OperatingCosts(bill, money(at + "/wage_per_hour"), money(at + "/electricity_per_kwh"), maintenance,
                money(at + "/overhead_per_year"));
    }

    public Facility facility(String at) {
        JsonNode f = doc.root().at(at);
        Optional<Facility.DryRoom> dryRoom = Optional.empty();
        if (f.has("dry_room")) {
            String d = at + "/dry_room";
            double area = Quantities.number(doc.root().at(d + "/area").asText(), "m2").orElse(Double.NaN);
            double dewPoint = parseSigned(doc.root().at(d + "/dew_point").asText());
            Money cost = money(d + "/cost_per_m2").orElse(Money.zero(currency));
            JsonNode r = doc.root().at(d + "/running");
            Facility.Running def = Facility.Running.DEFAULT;
            Facility.Running running = new Facility.Running(
                    r.has("power_per_m2") ? Quantities.number(r.get("power_per_m2").asText(), "kW").orElse(Double.NaN) : def.kwPerM2(),
                    r.has("reference_dew_point") ? parseSigned(r.get("reference_dew_point").asText()) : def.referenceDewPointC(),
                    r.path("factor_per_10C").asDouble(def.factorPer10C()));
            dryRoom = Optional.of(new Facility.DryRoom(area, dewPoint, cost, running));
        }
        return new Facility(money(at + "/building"), money(at + "/utilities"), dryRoom);
    }

    public Optional<Capex> capex(String at) {
        Optional<Capex> priced = price(at);
        double age = doc.root().at(at + "/age").asDouble(0);
        return age > 0 ? priced.map(c -> new Capex.Aged(c, age)) : priced;
    }

    private Optional<Capex> price(String at) {
        JsonNode c = doc.root().at(at);
        if (c.isMissingNode()) {
            return Optional.empty();
        }
        double installation = c.path("installation").asDouble(0);
        int forms = (c.has("machine_price") ? 1 : 0) + (c.has("cost") ? 1 : 0) + (c.has("base_cost") ? 1 : 0);
        if (forms != 1) {
            error(at, "give exactly one of machine_price, cost or base_cost (with base_rate and exponent), found " + forms);
            return Optional.empty();
        }
        if (c.has("machine_price")) {
            return money(at + "/machine_price").map(m -> new Capex.PerMachine(m, installation));
        }
        if (c.has("cost")) {
            return money(at + "/cost").map(m -> new Capex.Lump(m, installation));
        }
        if (!c.has("base_rate") || !c.has("exponent")) {
            error(at, "base_cost needs base_rate and exponent (expected cost = base_cost x (rate / base_rate)^exponent)");
            return Optional.empty();
        }
        String rateText = c.get("base_rate").asText();
        boolean gwh = rateText.contains("GWh/yr");
        double rate = Quantities.number(rateText, gwh ? "GWh/yr" : "cells/h").orElse(Double.NaN);
        if (!(rate > 0)) {
            error(at + "/base_rate", "expected a positive rate, was " + rateText);
        }
        return money(at + "/base_cost").map(m -> new Capex.Scaled(m, rate, gwh, c.get("exponent").asDouble(), installation));
    }

    /** An amount in the scenario currency, or empty when absent (a wrong currency is reported). */
    public Optional<Money> money(String pointer) {
        JsonNode v = doc.root().at(pointer);
        if (v.isMissingNode()) {
            return Optional.empty();
        }
        Optional<Money> m = Money.parse(v.asText());
        if (m.isPresent() && !m.get().currency().equals(currency)) {
            error(pointer, "amount in " + m.get().currency() + " but the scenario currency is " + currency
                    + " (expected every amount in " + currency + "; set economics.currency to change it)");
        }
        return m;
    }

    private static double parseSigned(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        double v = Quantities.number(negative ? t.substring(1) : t, "C").orElse(Double.NaN);
        return negative ? -v : v;
    }

    private void error(String pointer, String message) {
        problems.add(Problem.error(doc.file(), doc.valueAt(pointer), doc.path(pointer), message));
    }
}
