package org.carecoop.cli;

import org.carecoop.CarecoopException;
import org.carecoop.analysis.Metric;
import org.carecoop.scenario.Suggest;

/** Names typed on the command line that must be one of a known list, answered with "did you mean". */
final class Choices {
    private Choices() {}

    /** The result named by {@code --metric}; an unknown name is a user error listing the names. */
    static Metric metric(String command, String typed) {
        return Metric.fromKey(typed).orElseThrow(() -> {
            String hint = Suggest.hint(typed, Metric.keys());
            return new CarecoopException(command + ": --metric: no result called '" + typed + "'"
                    + (hint.isEmpty() ? "" : " (" + hint + ")") + "; results: " + String.join(", ", Metric.keys()));
        });
    }
}
