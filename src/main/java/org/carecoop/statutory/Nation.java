package org.carecoop.statutory;

import java.util.Locale;
import java.util.Optional;

/**
 * The four UK nations. Most employment figures are UK-wide, but social care pay policy is devolved,
 * so a pack is always picked for one nation (the parameter table's {@code uk} rows apply to all four).
 */
public enum Nation {
    ENGLAND("england"),
    WALES("wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    /** The spelling used in the parameter table and in scenario files. */
    private final String key;

    Nation(String key) {
        this.key = key;
    }

    /** The lower-case, hyphenated name used in files, e.g. {@code "northern-ireland"}. */
    public String key() {
        return key;
    }

    /**
     * The nation for a file key, ignoring case and surrounding blanks; empty for anything else
     * (including {@code "uk"}, which names all four nations rather than one).
     */
    public static Optional<Nation> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (Nation nation : values()) {
            if (nation.key.equals(wanted)) {
                return Optional.of(nation);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
