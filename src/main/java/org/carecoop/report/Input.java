package org.carecoop.report;

import java.util.Locale;
import java.util.Objects;

/**
 * One input of one run, with the fields {@code carecoop params} prints: what the reports list as the
 * plan's assumptions. The command builds these from the scenario, so a report never reads one.
 *
 * @param path   the parameter path, e.g. {@code clients[council].fee_per_hour}
 * @param value  the value as displayed (a schedule or a keyword is text, not a number)
 * @param unit   its unit ("" when none)
 * @param origin where the value came from: a file and line, "default", the statutory pack
 * @param source the published source of a default or statutory figure ("" when none)
 */
public record Input(String path, String value, String unit, String origin, String source) {
    /** The heading of the inputs written at the top level of a scenario (name, start, years...). */
    public static final String PLAN = "Plan";

    public Input {
        Objects.requireNonNull(path, "path");
        value = value == null ? "" : value;
        unit = unit == null ? "" : unit;
        origin = origin == null ? "" : origin;
        source = source == null ? "" : source;
    }

    /** The first segment of a path without its item, e.g. "clients" for {@code clients[council].fee_per_hour}. */
    public static String section(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                return path.substring(0, i);
            }
        }
        return path;
    }

    /**
     * The heading a path is listed under, in plain words: "Care workers" for {@code care_workers.turnover},
     * "Plan" for a top-level input such as {@code start}.
     */
    public static String heading(String path) {
        String section = section(path);
        if (section.equals(path)) {
            return PLAN;
        }
        String words = section.replace('_', ' ').strip();
        return words.isEmpty() ? PLAN : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
