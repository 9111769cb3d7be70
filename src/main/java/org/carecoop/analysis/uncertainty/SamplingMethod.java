package org.carecoop.analysis.uncertainty;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a {@link Sampler} spreads its points over the unit cube, as {@code --sampling} names it. */
public enum SamplingMethod {
    /** Independent pseudo-random points (Commons Math's Well19937c). */
    RANDOM("random"),
    /** Latin hypercube: each input's range cut into N equal-probability strata with one point in each. */
    LHS("lhs"),
    /** The unscrambled Sobol low-discrepancy sequence (Commons Math), which ignores the seed. */
    SOBOL("sobol");

    private final String label;

    SamplingMethod(String label) {
        this.label = label;
    }

    /** The name a user writes. */
    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the choices */
    public static SamplingMethod parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (SamplingMethod m : values()) {
            if (m.label.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown sampling '" + text + "'; one of: "
                + Arrays.stream(values()).map(SamplingMethod::label).collect(Collectors.joining(", ")));
    }
}
