package dev.linesim.scenario;

/**
 * Time-based breakdowns of each machine: it runs for a time drawn from {@code timeBetweenFailures}
 * (counted from the end of the last repair), then is down for a time drawn from {@code timeToRepair}.
 * A job interrupted by a breakdown resumes where it stopped.
 */
public record FailureModel(Distribution timeBetweenFailures, Distribution timeToRepair) {

    /** Long-run share of time a machine is up: MTBF / (MTBF + MTTR). */
    public double availability() {
        double mtbf = timeBetweenFailures.mean();
        return mtbf / (mtbf + timeToRepair.mean());
    }
}
