package org.carecoop.analysis;

import java.util.List;

/**
 * The base plan and its variants over the same clients and fees, each with its headline metrics
 * and where each 100 of its income goes.
 */
public record Comparison(List<Entry> entries) {
    public Comparison {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        entries = List.copyOf(entries);
    }

    public record Entry(RunResult run, Per100 per100) {}

    public static Comparison of(List<RunResult> runs) {
        return new Comparison(runs.stream().map(r -> new Entry(r, Per100.of(r.projection()))).toList());
    }
}
