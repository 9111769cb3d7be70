package org.carecoop.scenario;

import java.util.List;
import org.carecoop.CarecoopException;

/** Every problem found in a scenario, reported together so the user can fix them in one pass. */
public final class ScenarioException extends CarecoopException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid scenario" : problems.get(0).format());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static ScenarioException of(Source source, String path, String message, String expected) {
        return new ScenarioException(List.of(new Problem(source, path, message, expected)));
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(Problem::format).toList();
    }
}
