package dev.linesim.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesim.TestLines;
import dev.linesim.experiment.RunSummary;
import org.junit.jupiter.api.Test;

/**
 * Rack stations counted by hand: racks of 4 trays of 10 cells, fed without pause (the feeder waits on a small buffer)
 * and emptied at once, with constant times, observed for 2,000 h after a 100 h warm-up.
 */
class RackTest {

    private static RunSummary racks(int racks, int loaders, String process) {
        return TestLines.run(TestLines.line("{horizon: 2100 h, warmup: 100 h, replications: 2, seed: 2}", """
                  - {id: feed, unit: tray, cells_per_unit: 10, process_time: 36 s}
                  - id: formation
                    type: rack
                    machines: %d
                    loaders: %d
                    unit: tray
                    cells_per_unit: 10
                    batch: {size: 4}
                    process_time: %s
                    load: 1 h
                    unload: 1 h
                    buffer: 8
                  - {id: pack, unit: tray, cells_per_unit: 10, process_time: 3.6 s}
                """.formatted(racks, loaders, process)));
    }

    /** One loader for ten racks: it loads and unloads without rest, 1 rack per 2 h, 20 cells/h; racks wait for it. */
    @Test
    void oneLoaderForManyRacksSetsTheRate() {
        RunSummary run = racks(10, 1, "2 h");
        assertEquals(20, run.line("good_cells_per_h").mean(), 40 / 2000.0 * 1.01);
        assertEquals(1, run.station("formation", "busy").mean() + run.station("formation", "starved").mean(), 1e-9);
    }

    /** A loader for each rack: load 1 h, process 10 h, unload 1 h, so 2 racks of 40 cells every 12 h. */
    @Test
    void racksWithTheirOwnLoadersCycleThroughLoadProcessAndUnload() {
        RunSummary run = racks(2, 2, "10 h");
        assertEquals(2 * 40 / 12.0, run.line("good_cells_per_h").mean(), 2 * 40 / 2000.0 * 1.01);
        assertEquals(1, run.station("formation", "busy").mean(), 1e-9, "a rack is occupied from loading to unloading");
    }
}
