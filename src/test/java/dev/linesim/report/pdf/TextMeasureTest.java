package dev.linesim.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMeasureTest {
    private static final Font FONT = PageLayout.BODY;

    @Test
    void wordsWrapAtSpaces() {
        double width = Math.max(TextMeasure.width("Net output lost", FONT), TextMeasure.width("while converting", FONT)) + 1;
        assertEquals(List.of("Net output lost", "while converting"), TextMeasure.wrap("Net output lost while converting", FONT, width));
    }

    @Test
    void aKeyPathLongerThanTheColumnBreaksBetweenItsKeys() {
        String path = "stations.se_coating.capex.machine_price";
        double width = TextMeasure.width("stations.se_coating.capex.machine_", FONT);
        List<String> lines = TextMeasure.wrap(path, FONT, width);
        assertEquals(List.of("stations.se_coating.capex.", "machine_price"), lines);
    }

    @Test
    void aWordWithNoDotInReachBreaksAfterAnUnderscore() {
        double width = TextMeasure.width("economics.maintenance_sh", FONT);
        assertEquals(List.of("economics.maintenance_", "share"), TextMeasure.wrap("economics.maintenance_share", FONT, width));
    }

    @Test
    void aWordWithNoBreakIsCutWhereTheLineIsFull() {
        String word = "x".repeat(60);
        double width = TextMeasure.width("x".repeat(20), FONT);
        List<String> lines = TextMeasure.wrap(word, FONT, width);
        assertEquals(word, String.join("", lines));
        for (String line : lines) {
            assertTrue(TextMeasure.width(line, FONT) <= width, line);
        }
    }

    @Test
    void aBreakThatWouldLeaveTheLineNearlyEmptyIsNotTaken() {
        String word = "a_" + "b".repeat(40);
        double width = TextMeasure.width("a_" + "b".repeat(18), FONT);
        List<String> lines = TextMeasure.wrap(word, FONT, width);
        assertTrue(lines.get(0).length() > 10, lines.toString());
        assertEquals(word, String.join("", lines));
    }

    @Test
    void aWordBreaksIntoPiecesAfterItsMarks() {
        assertEquals(List.of("cathode_", "vacuum_", "drying"), TextMeasure.pieces("cathode_vacuum_drying"));
        assertEquals(List.of("stations.", "se_", "coating"), TextMeasure.pieces("stations.se_coating"));
        assertEquals(List.of("-", "79.", "59"), TextMeasure.pieces("-79.59"));
        assertEquals(List.of("winding"), TextMeasure.pieces("winding"));
        assertEquals(List.of(""), TextMeasure.pieces(""));
    }
}
