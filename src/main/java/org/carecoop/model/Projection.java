package org.carecoop.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly projection of one scenario: every {@link Line} as a series, and the lines of each
 * client group.
 */
public record Projection(Scenario scenario, Map<Line, Series> lines, List<GroupLines> groups) {
    public Projection {
        EnumMap<Line, Series> copy = new EnumMap<>(Line.class);
        copy.putAll(lines);
        for (Line line : Line.values()) {
            if (!copy.containsKey(line)) {
                throw new IllegalArgumentException("projection is missing " + line);
            }
        }
        lines = java.util.Collections.unmodifiableMap(copy);
        groups = List.copyOf(groups);
    }

    /** One client group's clients, hours delivered and fee income by month. */
    public record GroupLines(String name, StreamType stream, Series clients, Series contactHours, Series income,
                             Series fee) {}

    public Series get(Line line) {
        return lines.get(line);
    }

    public double at(Line line, int month) {
        return lines.get(line).at(month);
    }

    public int months() {
        return scenario.months();
    }

    /** Total of a flow over plan year {@code year} (from 1), or the level at the year's end for a stock. */
    public double year(Line line, int year) {
        int from = (year - 1) * 12;
        int to = Math.min(year * 12, months());
        return line.flow() ? get(line).sum(from, to) : get(line).at(to - 1);
    }

    public int years() {
        return (months() + 11) / 12;
    }
}
