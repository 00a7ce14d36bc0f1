package dev.linesim.scenario;

import java.util.Optional;

/**
 * Time-based breakdowns of each machine: it runs for a time drawn from {@code timeBetweenFailures}
 * (counted from the end of the last repair), then is down for a time drawn from {@code timeToRepair}.
 * A job interrupted by a breakdown resumes where it stopped.
 *
 * @param repairCrew the {@link RepairCrew} whose technician each repair needs (the machine waits, down, while all are
 *                   busy), or empty when repairs start at once
 */
public record FailureModel(Distribution timeBetweenFailures, Distribution timeToRepair, Optional<String> repairCrew) {

    /** Repairs that start as soon as a machine breaks down. */
    public FailureModel(Distribution timeBetweenFailures, Distribution timeToRepair) {
        this(timeBetweenFailures, timeToRepair, Optional.empty());
    }

    /** Long-run share of time a machine is up: MTBF / (MTBF + MTTR), more than that when repairs wait for a crew. */
    public double availability() {
        double mtbf = timeBetweenFailures.mean();
        return mtbf / (mtbf + timeToRepair.mean());
    }
}
