package dev.linesim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesim.scenario.input.ScenarioException;
import dev.linesim.scenario.input.YamlDocument;
import dev.linesim.scenario.input.YamlReader;
import org.junit.jupiter.api.Test;

/** Problems name a list item by its id, as {@code --set} does, where the id names it alone. */
class ProblemPathTest {
    private static final YamlDocument DOC = parse("""
            stations:
              - {id: mixing, machines: 2}
              - {id: winding, grades: [{name: A}, {name: B}]}
              - {id: twice}
              - {id: twice}
              - {id: Not_A_Path.Id}
              - {machines: 3}
            calendar: {maintenance: [{start: 3 d}]}
            """);

    private static YamlDocument parse(String yaml) {
        try {
            return YamlReader.parse(yaml, "t.yaml");
        } catch (ScenarioException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aListItemWithAnIdIsNamedByIt() {
        assertEquals("stations.winding.machines", DOC.path("/stations/1/machines"));
        assertEquals("stations.mixing", DOC.path("/stations/0"));
        assertEquals("stations.winding.grades[1].name", DOC.path("/stations/1/grades/1/name"));
    }

    @Test
    void anItemWithoutAnIdOfItsOwnIsNamedByItsIndex() {
        assertEquals("stations[2].machines", DOC.path("/stations/2/machines"), "an id used twice names neither");
        assertEquals("stations[4].id", DOC.path("/stations/4/id"), "an id that is no path key");
        assertEquals("stations[5].machines", DOC.path("/stations/5/machines"), "no id");
        assertEquals("calendar.maintenance[0].start", DOC.path("/calendar/maintenance/0/start"));
        assertEquals("stations[9].machines", DOC.path("/stations/9/machines"), "an item the document does not have");
    }

    @Test
    void withoutTheDocumentEveryItemIsNamedByItsIndex() {
        assertEquals("stations[1].machines", YamlDocument.readablePath("/stations/1/machines"));
        assertEquals("", DOC.path(""));
    }
}
