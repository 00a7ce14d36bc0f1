package dev.linesim.scenario;

import java.util.List;

/**
 * Maintenance technicians shared by the stations whose failures name the crew: a breakdown is repaired only by one of
 * them, so when all are busy it waits. How many are on duty may change by shift, every day alike.
 *
 * @param id     key that failures name as {@code repair_crew}
 * @param name   display name
 * @param shifts technicians on duty from each time of day, in order of their start; the first starts at 0 h, and the
 *               last lasts until the first of the next day
 */
public record RepairCrew(String id, String name, List<Shift> shifts) {

    /**
     * Technicians on duty from a time of day until the next shift starts.
     *
     * @param start hours after midnight, in [0, 24)
     * @param size  technicians on duty, 0 or more
     */
    public record Shift(double start, int size) {
    }

    public RepairCrew {
        shifts = List.copyOf(shifts);
    }

    /** The same number of technicians on duty around the clock. */
    public RepairCrew(String id, String name, int size) {
        this(id, name, List.of(new Shift(0, size)));
    }

    /** The most technicians on duty at once. */
    public int size() {
        return shifts.stream().mapToInt(Shift::size).max().orElse(0);
    }

    /** Technicians on duty at {@code hourOfDay}, in [0, 24). */
    public int sizeAt(double hourOfDay) {
        int size = shifts.get(0).size();
        for (Shift s : shifts) {
            if (s.start() <= hourOfDay) {
                size = s.size();
            }
        }
        return size;
    }
}
