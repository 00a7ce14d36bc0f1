package dev.linesim.scenario;

/**
 * Maintenance technicians shared by the stations whose failures name the crew: a breakdown is repaired only by one of
 * them, so when all are busy it waits. On duty around the clock, the same number on every shift.
 *
 * @param id   key that failures name as {@code repair_crew}
 * @param name display name
 * @param size technicians on duty, at least 1
 */
public record RepairCrew(String id, String name, int size) {
}
