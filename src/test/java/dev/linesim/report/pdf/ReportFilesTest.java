package dev.linesim.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesim.TestResults;
import dev.linesim.report.ChartOptions;
import dev.linesim.report.Numbers;
import dev.linesim.report.Outputs;
import dev.linesim.results.ComparisonResults;
import dev.linesim.results.ConversionResults;
import dev.linesim.results.RunResults;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

/** What a consultant receives: the report and each chart read back as a reader would, never compared by bytes. */
class ReportFilesTest {
    @TempDir
    static java.nio.file.Path dir;
    static RunResults plan;
    static Map<String, byte[]> files;

    @BeforeAll
    static void draw() throws Exception {
        plan = TestResults.plan(dir);
        files = Outputs.run(plan, ChartOptions.DEFAULT);
    }

    @Test
    void theReportHasNumberedPagesEmbeddedFontsAndTheKeyResultsAsText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(files.get("report.pdf"))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 6, "title, charts, tables: " + pages + " pages");
            assertEquals(595.28f, pdf.getPage(0).getMediaBox().getWidth(), 0.01f, "A4 by default");
            assertEquals(List.of(), unembeddedFonts(pdf));
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Line simulation: small-semisolid"), "title");
            assertTrue(text.contains("page 1 of " + pages) && text.contains("page " + pages + " of " + pages), "page numbers");
            assertTrue(text.contains("Good cells per hour") && text.contains(Numbers.kpi(plan.required("good_cells_per_h"))), "KPI with its CI");
            assertTrue(text.contains("Bottleneck: " + plan.bottleneck().station()), "bottleneck named");
            assertTrue(text.contains(plan.provenance().inputs().get(0).sha256()), "input digest");
            assertTrue(text.contains("replace tester with new_tester"), "the plan's changes");
            assertTrue(text.contains("retired"), "equipment fates");
            assertTrue(text.contains("Where machine time goes"), "chart text is text, not outlines");
        }
    }

    @Test
    void warningsStandOnTheFirstPage() throws Exception {
        TestResults.write(dir);
        var loaded = dev.linesim.scenario.input.ScenarioLoader.open(dir.resolve("small-liquid.yaml"));
        var shortWarmup = loaded.withRun(new dev.linesim.scenario.RunSettings(20 * 24, 2, 3, 7));
        RunResults r = dev.linesim.experiment.Experiment.run(shortWarmup, 2, x -> { }).results();
        assertFalse(r.checks().warnings().isEmpty());
        try (PDDocument pdf = Loader.loadPDF(Outputs.drawings(r, ChartOptions.DEFAULT).get("report.pdf"))) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            String text = first.getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Warning (small-liquid): warm-up 2 h is shorter than"), text);
        }
    }

    @Test
    void letterPaperOnRequest() throws Exception {
        byte[] letter = Outputs.drawings(plan, new ChartOptions(true, Set.of(ChartOptions.ChartFormat.PNG),
                ChartOptions.Paper.LETTER)).get("report.pdf");
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 0.01f);
            assertEquals(792f, pdf.getPage(0).getMediaBox().getHeight(), 0.01f);
        }
    }

    @Test
    void everyChartComesInEachFormatWithItsData() throws Exception {
        List<String> names = List.of("station-time-shares", "station-output", "yield-waterfall", "daily-output", "daily-wip",
                "capex-by-station", "capex-waterfall");
        for (String n : names) {
            for (String ext : List.of("pdf", "svg", "png", "csv")) {
                assertTrue(files.containsKey("charts/" + n + "." + ext), n + "." + ext);
            }
            try (PDDocument pdf = Loader.loadPDF(files.get("charts/" + n + ".pdf"))) {
                assertEquals(1, pdf.getNumberOfPages());
                assertEquals(List.of(), unembeddedFonts(pdf), n);
                assertFalse(new PDFTextStripper().getText(pdf).isBlank(), n + ": selectable text");
            }
            svg(files.get("charts/" + n + ".svg"));
            assertEquals(300, pngDpi(files.get("charts/" + n + ".png")), n);
            String csv = new String(files.get("charts/" + n + ".csv"), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(csv.contains("\r"));
        }
    }

    @Test
    void longStationNamesWrapInsteadOfBeingCut() throws Exception {
        for (String n : List.of("station-time-shares", "station-output", "capex-by-station")) {
            Document d = svg(files.get("charts/" + n + ".svg"));
            StringBuilder text = new StringBuilder();
            org.w3c.dom.NodeList texts = d.getElementsByTagNameNS("*", "text");
            for (int i = 0; i < texts.getLength(); i++) {
                text.append(texts.item(i).getTextContent()).append(' ');
            }
            String all = text.toString().replaceAll("\\s+", " ");
            assertFalse(all.contains("..."), n + ": a label was cut: " + all);
            assertTrue(all.contains("deliberately long display"), n + ": " + all);
        }
    }

    @Test
    void comparisonAndConversionReportsNameWhatTheyCompare() throws Exception {
        ComparisonResults c = TestResults.comparison(dir);
        Map<String, byte[]> cf = Outputs.comparison(c, ChartOptions.DEFAULT);
        try (PDDocument pdf = Loader.loadPDF(cf.get("report.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Comparison: small-liquid vs small-semisolid"));
            assertTrue(text.contains("Bottleneck of small-liquid: " + c.runs().get(0).bottleneck().station()));
            assertEquals(List.of(), unembeddedFonts(pdf));
        }
        for (String n : List.of("kpis", "differences", "station-time-shares", "capex-waterfall")) {
            svg(cf.get("charts/" + n + ".svg"));
        }
        ConversionResults v = TestResults.conversion(dir);
        Map<String, byte[]> vf = Outputs.conversion(v, ChartOptions.DEFAULT);
        try (PDDocument pdf = Loader.loadPDF(vf.get("report.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Conversion: small-semisolid") && text.contains("Net output lost") && text.contains("Sum of weekly shortfalls"));
            assertEquals(List.of(), unembeddedFonts(pdf));
        }
        svg(vf.get("charts/weekly-output.svg"));
    }

    @Test
    void noChartsMeansResultFilesOnly() {
        Map<String, byte[]> only = Outputs.run(plan, new ChartOptions(false, Set.of(), ChartOptions.Paper.A4));
        assertEquals(Set.of("results.json", "results.csv", "replications.csv", "capex.csv"), only.keySet());
    }

    /** Fonts used anywhere in the document (pages and the forms they draw) that are not embedded. */
    static List<String> unembeddedFonts(PDDocument pdf) throws Exception {
        List<String> missing = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            fonts(page.getResources(), missing, 0);
        }
        return missing;
    }

    private static void fonts(PDResources res, List<String> missing, int depth) throws Exception {
        if (res == null || depth > 8) {
            return;
        }
        for (COSName n : res.getFontNames()) {
            PDFont f = res.getFont(n);
            if (!f.isEmbedded()) {
                missing.add(f.getName());
            }
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject form) {
                fonts(form.getResources(), missing, depth + 1);
            }
        }
    }

    /** Parses an SVG as XML without fetching its DTD (there is no network). */
    static Document svg(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertEquals("svg", d.getDocumentElement().getLocalName());
        return d;
    }

    private static int pngDpi(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            org.w3c.dom.Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    double perMetre = Double.parseDouble(n.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
                    return (int) Math.round(perMetre * 0.0254);
                }
            }
            return -1;
        }
    }
}
