package org.carecoop.statutory;

import java.util.List;
import java.util.Set;

/**
 * One published figure, with the unit it is in and where it was published. The source travels with
 * the value so every default the model uses can be traced back to its publication in a report.
 *
 * @param name the parameter's file key, e.g. {@code "national_living_wage"}
 * @param value the figure; rates are fractions (15% is 0.15)
 * @param unit one of {@link #UNITS}
 * @param source the publisher and document (and URL where known), or the user's reason for an override
 */
public record Parameter(String name, double value, String unit, String source) {

    /** The units the table may use; a fixed list so a typo such as "money/hr" is caught on load. */
    public static final Set<String> UNITS = Set.of(
            "money/hour", "money/year", "money/week", "money/mile", "fraction", "days", "miles");

    /** Rejects values no statutory figure can take, so a bad row or override fails where it is made. */
    public Parameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name is missing");
        }
        if (unit == null || !UNITS.contains(unit)) {
            throw new IllegalArgumentException(
                    name + ": unit '" + unit + "' is not one of " + String.join(", ", sortedUnits()));
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(name + ": every figure needs a source");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + ": value must be a finite number, got " + value);
        }
        if (value < 0) {
            throw new IllegalArgumentException(name + ": value must not be negative, got " + value);
        }
        if (unit.equals("fraction") && value > 1) {
            throw new IllegalArgumentException(
                    name + ": a fraction must be between 0 and 1 (15% is 0.15), got " + value);
        }
    }

    private static List<String> sortedUnits() {
        return UNITS.stream().sorted().toList();
    }
}
