package org.carecoop.model;

import java.util.Locale;

/** A choice written as a word in a scenario: the enum constant's name in lower case with hyphens. */
public interface Keyword {
    String name();

    /** What the choice means, for the format reference and the JSON Schema. */
    String meaning();

    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
