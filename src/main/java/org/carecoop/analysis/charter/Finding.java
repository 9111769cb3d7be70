package org.carecoop.analysis.charter;

import java.util.List;
import java.util.Map;

/**
 * A requirement checked against a plan.
 *
 * @param met      whether the plan meets it
 * @param found    what the plan does, in a sentence
 * @param gap      with {@code met} false, how far the plan falls short, in the user's terms; else empty
 * @param figures  the figures behind the sentences, by name (snake_case), for JSON
 * @param changes  with {@code met} false, the changes that make the plan meet it
 */
public record Finding(Charter.Requirement requirement, boolean met, String found, String gap,
                      Map<String, Double> figures, List<Change> changes) {
    public Finding {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        changes = List.copyOf(changes);
    }
}
