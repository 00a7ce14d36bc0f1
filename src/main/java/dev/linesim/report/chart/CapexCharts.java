package dev.linesim.report.chart;

import dev.linesim.report.Numbers;
import dev.linesim.results.CapexLine;
import dev.linesim.results.Capital;
import dev.linesim.results.Retrofit;
import dev.linesim.results.RunResults;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** The capital charts of a run: installed value by station and facility item, and a retrofit's capex waterfall. */
public final class CapexCharts {
    static {
        ChartStyle.install();
    }

    private CapexCharts() {
    }


    static final Map<String, Color> FATE_COLOURS = new LinkedHashMap<>();

    static {
        FATE_COLOURS.put("installed", ChartStyle.BLUE);
        FATE_COLOURS.put("reused", ChartStyle.BLUISH_GREEN);
        FATE_COLOURS.put("modified", ChartStyle.SKY_BLUE);
        FATE_COLOURS.put("new", ChartStyle.VERMILLION);
        FATE_COLOURS.put("retired", ChartStyle.GREY);
    }

    public static Chart byStation(RunResults run) {
        Capital c = run.capital();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DataTable table = new DataTable("item", "fate", "installed_value_m" + c.currency().toLowerCase(Locale.ROOT));
        List<String> fates = c.items().stream().map(CapexLine::fate).distinct()
                .sorted(Comparator.comparingInt(f -> new ArrayList<>(FATE_COLOURS.keySet()).indexOf(f))).toList();
        for (CapexLine i : c.items()) {
            BigDecimal shown = i.fate().equals("retired") ? i.valueBefore() : i.installedValue();
            double m = shown.movePointLeft(6).doubleValue();
            for (String f : fates) {
                data.addValue(f.equals(i.fate()) ? m : 0, f, i.name());
            }
            table.row(i.id(), i.fate(), m);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Capital by station and facility item", null,
                "Installed value, M" + c.currency(), data, PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        Plots.style(plot);
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.8);
        for (int i = 0; i < fates.size(); i++) {
            r.setSeriesPaint(i, FATE_COLOURS.getOrDefault(fates.get(i), ChartStyle.BLACK));
        }
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(Plots.thousands(1));
        String caption = c.retrofit() == null
                ? "Installed value of each station's equipment and of each facility item, " + Numbers.millions(c.capitalEmployed(),
                c.currency()) + " in all."
                : "Installed value of each asset of the converted line, coloured by its fate (reused, modified, new); retired"
                + " equipment is shown at its value before conversion.";
        return new Chart("capex-by-station", caption, Figure.of(ChartStyle.finish(chart)), table, RunCharts.WIDTH,
                RunCharts.rowsHeight(c.items().stream().map(CapexLine::name).toList(), RunCharts.WIDTH));
    }

    /** Steps from the greenfield line through what the retrofit keeps, to the retrofit's capex, in millions. */
    static List<Waterfall.Step> capexSteps(Retrofit r) {
        double greenfield = m(r.greenfield());
        double keptEquipment = m(r.reusedEquipment());
        double keptFacility = m(r.reusedFacility());
        double modifications = m(r.modifications());
        double gross = m(r.gross());
        double other = gross - (greenfield - keptEquipment - keptFacility + modifications);
        List<Waterfall.Step> steps = new ArrayList<>();
        steps.add(new Waterfall.Step("Greenfield line", true, greenfield));
        steps.add(new Waterfall.Step("equipment kept", false, -keptEquipment));
        if (keptFacility != 0) {
            steps.add(new Waterfall.Step("facility kept", false, -keptFacility));
        }
        if (Math.abs(other) > 1e-9) {
            steps.add(new Waterfall.Step("value added to kept assets, not bought", false, other));
        }
        if (modifications != 0) {
            steps.add(new Waterfall.Step("modifications", false, modifications));
        }
        steps.add(new Waterfall.Step("Retrofit capex (gross)", true, gross));
        if (r.salvage().signum() != 0) {
            steps.add(new Waterfall.Step("salvage of retired equipment", false, -m(r.salvage())));
            steps.add(new Waterfall.Step("Retrofit capex (net)", true, m(r.net())));
        }
        return steps;
    }

    public static Chart waterfall(RunResults run, String name) {
        Retrofit r = run.capital().retrofit();
        String currency = run.capital().currency();
        List<Waterfall.Step> steps = capexSteps(r);
        JFreeChart chart = Waterfall.chart("From a greenfield line to the retrofit", "M" + currency, steps, ChartStyle.BLUE,
                ChartStyle.ORANGE, ChartStyle.BLUISH_GREEN, "spent", "saved", Plots.thousands(1));
        Plots.subtitle(chart, run.scenario().name() + " (converts " + r.base() + ")");
        String caption = String.format(Locale.ROOT, "What building the converted line new would cost, less the existing"
                + " equipment and facility it keeps, plus modifications: the retrofit costs %.1f %% of greenfield.",
                100 * r.shareOfGreenfield());
        return new Chart(name, caption, Figure.of(chart), Waterfall.table(steps, "m" + currency.toLowerCase(Locale.ROOT)),
                RunCharts.WIDTH, RunCharts.rowsHeight(steps.stream().map(Waterfall.Step::label).toList(), RunCharts.WIDTH) + 20);
    }

    private static double m(BigDecimal amount) {
        return amount.movePointLeft(6).doubleValue();
    }
}
