package dev.linesim.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableColumnsTest {
    private static final Font FONT = PageLayout.TABLE;
    private static final double PAD = 6;

    @Test
    void columnsThatFitGetWhatTheyWantAndFillTheWidth() {
        String[] header = {"asset", "value"};
        List<String[]> rows = List.<String[]>of(new String[] {"winding", "11.00 MUSD"});
        double[] cols = TableColumns.fit(header, rows, new boolean[] {false, true}, FONT, FONT, 400);
        assertEquals(400, Arrays.stream(cols).sum(), 1e-9);
        assertTrue(cols[1] >= TextMeasure.width("11.00 MUSD", FONT) + PAD);
    }

    @Test
    void whenTheWordsFitNoneIsBroken() {
        String[] header = {"station", "time per job", "failures"};
        List<String[]> rows = List.<String[]>of(new String[] {"cathode_vacuum_drying", "lognormal (mean 22 min, cv 0.05)",
                "MTBF exponential (80 h), MTTR exponential (1 h) and a long tail of words that will have to wrap anyway"});
        double[] cols = TableColumns.fit(header, rows, new boolean[] {false, false, false}, FONT, FONT, 400);
        assertEquals(400, Arrays.stream(cols).sum(), 1e-9);
        assertTrue(cols[0] >= TextMeasure.width("cathode_vacuum_drying", FONT) + PAD, Arrays.toString(cols));
        assertTrue(cols[1] >= TextMeasure.width("lognormal", FONT) + PAD, Arrays.toString(cols));
    }

    @Test
    void whenTheLongestWordsDoNotFitTheTextColumnsGiveWayAndNumbersStayOnOneLine() {
        String[] header = {"asset", "fate", "value", "salvage", "priced as"};
        List<String[]> rows = List.<String[]>of(new String[] {"cathode_vacuum_drying_and_notching_station", "reused",
                "11.00 MUSD", "0.00 MUSD", "2 x 0.39 MUSD, 3 years old, scaled ^0.6 from a reference_capacity_of_many_cells"});
        double width = 250;
        double[] cols = TableColumns.fit(header, rows, new boolean[] {false, false, true, true, false}, FONT, FONT, width);
        assertEquals(width, Arrays.stream(cols).sum(), 1e-9);
        assertTrue(cols[2] >= TextMeasure.width("11.00 MUSD", FONT) + PAD, Arrays.toString(cols));
        assertTrue(cols[3] >= TextMeasure.width("0.00 MUSD", FONT) + PAD, Arrays.toString(cols));
        assertTrue(cols[0] < TextMeasure.width("cathode_vacuum_drying_and_notching_station", FONT), Arrays.toString(cols));
    }

    @Test
    void whenNumbersAloneFillTheWidthAllColumnsShrinkAlike() {
        String[] header = {"a", "b", "c", "d", "e"};
        String number = "123,456,789.00 MUSD";
        List<String[]> rows = List.<String[]>of(new String[] {"name", number, number, number, number});
        double width = 100;
        double[] cols = TableColumns.fit(header, rows, new boolean[] {false, true, true, true, true}, FONT, FONT, width);
        assertEquals(width, Arrays.stream(cols).sum(), 1e-9);
        double cap = 0.3 * width; // no column's least width is more than 30 % of the text width
        double nameLeast = Math.min(TextMeasure.width("name", FONT) + PAD, cap);
        assertEquals(nameLeast / (nameLeast + 4 * cap), cols[0] / width, 1e-9);
    }
}
