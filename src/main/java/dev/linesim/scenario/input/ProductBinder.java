package dev.linesim.scenario.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linesim.scenario.Problem;
import dev.linesim.scenario.Product;
import dev.linesim.scenario.Quantities;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Binds the cell design: its energy (capacity x voltage, or specific energy x mass), its electrodes, and the
 * checks a cell designer would make: capacity and electrode design agree, and the specific energy lies in the
 * range published cells of the chemistry reach (a warning, since a new design may beat it).
 */
final class ProductBinder {
    /** Capacity and electrode design may disagree by this share before it is an error (rounding of inputs). */
    static final double DESIGN_TOLERANCE = 0.02;

    /**
     * Specific energy of commercial cells, Wh/kg, by chemistry family: liquid-electrolyte benchmarks of the
     * project's domain notes (LFP 180-220, best LFP cells 180-210, NCM 250-300 Wh/kg), widened below for large
     * storage cells (a 280 Ah LFP cell of 5.3-5.5 kg is about 165 Wh/kg). Semi-solid cells are held to the same
     * ceiling: the 280 (LFP) and 360 Wh/kg (NCM) figures for them are manufacturers' claims, not measured cells.
     */
    record Range(String family, double low, double high) {
    }

    static final List<Range> PLAUSIBLE = List.of(new Range("LFP", 120, 220), new Range("NCM", 150, 300),
            new Range("NMC", 150, 300), new Range("NCA", 150, 300));

    private final YamlDocument doc;
    private final List<Problem> problems;

    ProductBinder(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    Product bind(String at) {
        JsonNode p = doc.root().at(at);
        double mass = p.has("cell_mass") ? Quantities.kilograms(p.get("cell_mass").asText()).orElse(Double.NaN) : Double.NaN;
        Optional<Design> design = p.has("electrode") ? design(at + "/electrode") : Optional.empty();
        double capacity = p.has("capacity") ? Quantities.number(p.get("capacity").asText(), "Ah").orElse(Double.NaN)
                : design.map(d -> d.area().isPresent()
                        ? Product.Electrode.capacityOf(d.area().get(), d.arealCapacity(), d.sides()) : Double.NaN)
                .orElse(Double.NaN);
        double wh = Double.NaN;
        if (p.has("capacity") || p.has("voltage") || design.flatMap(Design::area).isPresent()) {
            if (!p.has("voltage")) {
                error(at, "missing required key 'voltage' (expected the nominal voltage with the capacity, e.g. 3.2 V)");
            } else if (Double.isNaN(capacity)) {
                error(at, "missing required key 'capacity' (expected capacity, or electrode area and areal_capacity)");
            }
            wh = capacity * Quantities.number(p.path("voltage").asText(), "V").orElse(Double.NaN);
            if (p.has("specific_energy")) {
                error(at + "/specific_energy", "the energy is given twice (expected capacity and voltage, or specific_energy"
                        + " and cell_mass, not both)");
            }
        } else if (p.has("specific_energy") || p.has("cell_mass")) {
            if (!p.has("specific_energy") || !p.has("cell_mass")) {
                error(at, "missing required key '" + (p.has("cell_mass") ? "specific_energy" : "cell_mass") + "'");
            }
            wh = Quantities.number(p.path("specific_energy").asText(), "Wh/kg").orElse(Double.NaN) * mass;
        } else {
            error(at, "the cell's energy is not given (expected capacity and voltage, or specific_energy and cell_mass)");
        }
        if (!(wh > 0) && !Double.isNaN(wh)) {
            error(at, "the cell's energy must be positive, was " + wh + " Wh");
        }
        Optional<Product.Electrode> electrode = design.map(d -> electrode(at + "/electrode", d, capacity));
        Product product = new Product(p.path("chemistry").asText(), p.path("format").asText(""), wh,
                p.path("liquid_fraction").asDouble(Double.NaN), capacity, mass, electrode);
        checkPlausible(at, product);
        return product;
    }

    /** The electrode section as written. */
    private record Design(double arealCapacity, int sides, double trim, Optional<Double> area) {
    }

    private Optional<Design> design(String at) {
        JsonNode e = doc.root().at(at);
        double areal = Quantities.number(e.path("areal_capacity").asText(), "mAh/cm2").orElse(Double.NaN);
        Optional<Double> area = e.has("area") ? Optional.of(Quantities.number(e.get("area").asText(), "m2").orElse(Double.NaN))
                : Optional.empty();
        return Optional.of(new Design(areal, e.path("sides").asInt(2), e.path("trim").asDouble(0), area));
    }

    private Product.Electrode electrode(String at, Design d, double capacity) {
        double needed = Product.Electrode.areaFor(capacity, d.arealCapacity(), d.sides());
        if (d.area().isPresent() && Math.abs(d.area().get() / needed - 1) > DESIGN_TOLERANCE) {
            error(at + "/area", String.format(Locale.ROOT, "%.3f m2 at %s mAh/cm2 on %d side(s) holds %.1f Ah, but the"
                            + " capacity is %.1f Ah (expected them to agree within %.0f %%: a %.1f Ah cell at this loading needs"
                            + " %.3f m2; give the area or the capacity, not both)", d.area().get(), fmt(d.arealCapacity()),
                    d.sides(), Product.Electrode.capacityOf(d.area().get(), d.arealCapacity(), d.sides()), capacity,
                    DESIGN_TOLERANCE * 100, capacity, needed));
        }
        return new Product.Electrode(d.arealCapacity(), d.sides(), d.trim(), needed);
    }

    /** Warns when the specific energy is outside what cells of the chemistry reach. */
    private void checkPlausible(String at, Product p) {
        double e = p.specificEnergy();
        if (!Double.isFinite(e)) {
            return;
        }
        String chemistry = p.chemistry().toUpperCase(Locale.ROOT);
        PLAUSIBLE.stream().filter(r -> chemistry.contains(r.family())).findFirst().ifPresent(r -> {
            if (e < r.low() || e > r.high()) {
                problems.add(Problem.warning(doc.file(), doc.valueAt(at + "/cell_mass"),
                        doc.path(at + "/cell_mass"), String.format(Locale.ROOT, "%.0f Wh in %.2f kg is %.0f Wh/kg, outside"
                                + " the %.0f-%.0f Wh/kg of commercial %s cells; higher figures for semi-solid cells are claims"
                                + " (expected a cell design within the range, or a source for this one)", p.whPerCell(),
                                p.massKg(), e, r.low(), r.high(), r.family())));
            }
        });
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private void error(String pointer, String message) {
        problems.add(Problem.error(doc.file(), doc.valueAt(pointer), doc.path(pointer), message));
    }
}
