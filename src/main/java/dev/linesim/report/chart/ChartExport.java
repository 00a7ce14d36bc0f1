package dev.linesim.report.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Document;

/** Writes a chart as vector PDF (bundled font embedded, text selectable), SVG, or PNG at 300 dpi. */
public final class ChartExport {
    /** Resolution of PNG files, dots per inch. */
    public static final int PNG_DPI = 300;

    private ChartExport() {
    }

    /** The chart as a one-page PDF of its own size. */
    public static byte[] pdf(Chart chart) {
        return pdf(List.of(chart.figure()), chart.width(), chart.height(), "linesim chart " + chart.name());
    }

    /**
     * A PDF whose pages are the given figures, each {@code width} x {@code height} points, with the bundled
     * fonts embedded once for the whole document.
     */
    public static byte[] pdf(List<Figure> pages, double width, double height, String title) {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("linesim");
            info.setProducer("linesim (JFreeChart, PDFBox)");
            doc.setDocumentId((long) title.hashCode()); // the file's /ID from its title, not the clock: same input, same bytes
            for (Figure figure : pages) {
                PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
                doc.addPage(page);
                PDFormXObject form = draw(doc, fonts, figure, width, height);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawForm(form);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a figure into a PDF form of {@code width} x {@code height} points, text in the embedded font. */
    static PDFormXObject draw(PDDocument doc, PdfFonts fonts, Figure figure, double width, double height) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) width, (float) height);
        g.setFontTextDrawer(fonts.drawer());
        try {
            figure.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } catch (RuntimeException e) {
            try {
                g.dispose(); // complains of the drawing left half done: the drawing's own failure is what matters
            } catch (RuntimeException ignored) {
                e.addSuppressed(ignored);
            }
            throw e;
        }
        g.dispose();
        return g.getXFormObject();
    }

    /** The chart as SVG (text kept as text in the bundled font's family). */
    public static byte[] svg(Chart chart) {
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("linesim chart " + chart.name());
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new java.awt.Dimension((int) Math.ceil(chart.width()), (int) Math.ceil(chart.height())));
        chart.figure().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            g.stream(w, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart as a PNG at {@link #PNG_DPI}, with its resolution recorded in the file. */
    public static byte[] png(Chart chart) {
        double scale = PNG_DPI / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(chart.width() * scale), (int) Math.round(chart.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            chart.figure().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        } finally {
            g.dispose();
        }
        return encodePng(image, PNG_DPI);
    }

    private static byte[] encodePng(BufferedImage image, int dpi) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = String.valueOf(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, meta), param);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** The bundled fonts registered for one PDF document, so every text is drawn in an embedded subset. */
    static final class PdfFonts implements AutoCloseable {
        private final PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();

        PdfFonts() throws IOException {
            ChartStyle.install();
            for (var font : ChartStyle.BUNDLED_FONTS.entrySet()) {
                try (var in = ChartStyle.fontFile(font.getValue())) {
                    drawer.registerFont(font.getKey(), in);
                }
            }
        }

        PdfBoxGraphics2DFontTextDrawer drawer() {
            return drawer;
        }

        @Override
        public void close() {
            drawer.close();
        }
    }
}
