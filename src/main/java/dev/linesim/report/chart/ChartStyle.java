package dev.linesim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one print style of every chart: white background, no gradients or shadows, thin solid grey gridlines,
 * the Okabe–Ito colour-blind-safe palette, and the bundled DejaVu Sans, large enough to read at half size.
 */
public final class ChartStyle {
    /** Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency. */
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color GREY = new Color(0x999999);
    public static final Color[] PALETTE = {BLUE, ORANGE, BLUISH_GREEN, VERMILLION, SKY_BLUE, REDDISH_PURPLE, YELLOW, BLACK};
    /** Background of a highlighted band (warm-up, the bottleneck's row). */
    public static final Color BAND = new Color(0xEDEDED);
    static final Color GRID = new Color(0xD0D0D0);

    /** Family name of the bundled font; AWT and the PDF writer both know it by this name. */
    public static final String FAMILY;
    public static final Font TITLE;
    public static final Font SUBTITLE;
    public static final Font AXIS_LABEL;
    public static final Font TICK;
    public static final Font LEGEND;
    public static final Font SMALL;
    /** The bundled font files by the font name AWT gives them (e.g. "DejaVu Sans Bold"), for embedding in PDF. */
    static final Map<String, String> BUNDLED_FONTS = new LinkedHashMap<>();

    static {
        Font regular = load("DejaVuSans.ttf");
        load("DejaVuSans-Bold.ttf");
        FAMILY = regular.getFamily();
        // sizes at full size (a chart 480 pt wide): printed at half size, ticks and legends are still 6 pt
        TITLE = new Font(FAMILY, Font.BOLD, 16);
        SUBTITLE = new Font(FAMILY, Font.PLAIN, 13);
        AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 13);
        TICK = new Font(FAMILY, Font.PLAIN, 12);
        LEGEND = new Font(FAMILY, Font.PLAIN, 12);
        SMALL = new Font(FAMILY, Font.PLAIN, 11);
        TextUtils.setUseDrawRotatedStringWorkaround(false); // rotated axis titles stay text, not outlines
        ChartFactory.setChartTheme(theme());
    }

    private ChartStyle() {
    }

    /** One bundled font file, by resource name. */
    static InputStream fontFile(String name) {
        InputStream in = ChartStyle.class.getResourceAsStream("/dev/linesim/report/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("bundled font " + name + " is missing from the jar");
        }
        return in;
    }

    private static Font load(String name) {
        try (InputStream in = fontFile(name)) {
            Font f = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            BUNDLED_FONTS.put(f.getFontName(), name);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + name + " cannot be read", e);
        }
    }

    /** Makes sure the theme is installed before a chart is created. */
    public static void install() {
        // the static initialiser does the work
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("linesim print", false);
        t.setExtraLargeFont(TITLE);
        t.setLargeFont(AXIS_LABEL);
        t.setRegularFont(TICK);
        t.setSmallFont(SMALL);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(GRID);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setAxisLabelPaint(Color.BLACK);
        t.setTickLabelPaint(Color.BLACK);
        t.setTitlePaint(Color.BLACK);
        t.setSubtitlePaint(Color.DARK_GRAY);
        t.setLegendItemPaint(Color.BLACK);
        t.setItemLabelPaint(Color.BLACK);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE, PALETTE,
                new java.awt.Stroke[] {new BasicStroke(1.5f)}, new java.awt.Stroke[] {new BasicStroke(0.5f)},
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return t;
    }

    /** Finishing touches every chart gets: no legend frame, solid thin gridlines. */
    static JFreeChart finish(JFreeChart chart) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 18));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setItemFont(LEGEND);
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        return chart;
    }

    /** Thin solid gridline stroke. */
    static BasicStroke gridStroke() {
        return new BasicStroke(0.5f);
    }
}
