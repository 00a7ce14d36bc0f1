package dev.linesim.scenario;

import dev.linesim.time.Hours;
import java.util.List;

/**
 * When the line works.
 *
 * @param hoursPerDay   scheduled hours per simulated day (24 = round the clock); the rest is planned idle time
 * @param daysPerYear   working days per year, used to turn hourly output into annual output
 * @param maintenance   planned maintenance windows
 */
public record OperatingCalendar(double hoursPerDay, double daysPerYear, List<MaintenanceWindow> maintenance) {
    public OperatingCalendar {
        maintenance = List.copyOf(maintenance);
    }

    /** Annual hours of simulated (calendar) time that count towards output: every day of operation in full. */
    public double hoursPerYear() {
        return Hours.PER_DAY * daysPerYear;
    }
}
