package org.carecoop.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario read, merged with the files it extends, changed by a variant and {@code --set}
 * overrides, bound and checked.
 *
 * @param file     the file the user named
 * @param variant  the variant applied, or null for the base plan
 * @param tree     the final tree, whose nodes know where each value was written
 * @param scenario the bound records, defaults filled in
 * @param warnings things worth knowing that do not stop a run
 */
public record LoadedScenario(Path file, String variant, Node.MapNode tree, ScenarioFile scenario,
                             List<Problem> warnings) {
    public LoadedScenario {
        warnings = List.copyOf(warnings);
    }

    /** "base" or the variant's name. */
    public String variantLabel() {
        return variant == null ? "base" : variant;
    }
}
