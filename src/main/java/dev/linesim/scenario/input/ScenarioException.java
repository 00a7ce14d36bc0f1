package dev.linesim.scenario.input;

import dev.linesim.scenario.Problem;
import java.util.List;

/** A scenario file could not be used; carries every problem found, in source order. */
public final class ScenarioException extends Exception {
    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.size() + " problem(s) in scenario: " + (problems.isEmpty() ? "" : problems.get(0).format()));
        this.problems = problems.stream().sorted(Problem.BY_POSITION).toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
