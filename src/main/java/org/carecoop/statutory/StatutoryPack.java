package org.carecoop.statutory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The statutory figures that apply to one jurisdiction in one tax year: the country-wide figures (UK,
 * or US federal) with the jurisdiction's own figures laid over them. Immutable, so one pack can be shared by every month and every
 * projection of a run.
 *
 * @param nation the nation the figures apply to
 * @param taxYear the tax year the pack was asked for
 * @param parameters the figures, each with its unit and source
 * @param carriedForward true when {@code taxYear} is later than any year in the table and the latest
 *     published figures stand in for it, so reports can say the figures are not yet published
 */
public record StatutoryPack(
        Nation nation, TaxYear taxYear, Map<StatutoryParameter, Parameter> parameters, boolean carriedForward) {

    /** Copies the map and checks each figure is filed under the right parameter in the right unit. */
    public StatutoryPack {
        if (nation == null) {
            throw new IllegalArgumentException("statutory pack needs a nation");
        }
        if (taxYear == null) {
            throw new IllegalArgumentException("statutory pack needs a tax year");
        }
        if (parameters == null) {
            throw new IllegalArgumentException("statutory pack needs a parameter map");
        }
        // new EnumMap<>(Map) rejects an empty plain map, so copy entry by entry.
        EnumMap<StatutoryParameter, Parameter> copy = new EnumMap<>(StatutoryParameter.class);
        for (Map.Entry<StatutoryParameter, Parameter> e : parameters.entrySet()) {
            StatutoryParameter key = e.getKey();
            Parameter value = e.getValue();
            if (key == null || value == null) {
                throw new IllegalArgumentException("statutory pack parameters must not contain nulls");
            }
            if (!key.key().equals(value.name())) {
                throw new IllegalArgumentException(
                        "figure named '" + value.name() + "' is filed under " + key.key());
            }
            if (!key.unit().equals(value.unit())) {
                throw new IllegalArgumentException(key.key() + " must be in " + key.unit()
                        + ", not " + value.unit());
            }
            copy.put(key, value);
        }
        parameters = Collections.unmodifiableMap(copy);
    }

    /**
     * The value of a figure.
     *
     * @throws IllegalStateException naming the parameter, nation and year if the pack has no such figure
     */
    public double value(StatutoryParameter p) {
        Parameter found = parameters.get(p);
        if (found == null) {
            throw new IllegalStateException("no " + p.key() + " (" + p.description() + ") for "
                    + nation.key() + " in " + taxYear.label());
        }
        return found.value();
    }

    /**
     * The legal minimum hourly pay for a care worker here: the highest of the jurisdiction's legal wage floors for
     * care workers ({@link Terms#careWorkerFloors()}) that the pack has. In the UK the National Living Wage; in New
     * York City the home care aide minimum wage, which the law sets above the state minimum wage.
     *
     * @throws IllegalStateException if the pack has none of them
     */
    public double careWorkerMinimum() {
        return value(careWorkerMinimumFloor());
    }

    /** Which floor {@link #careWorkerMinimum()} is: the highest the pack has (the first listed on a tie). */
    public StatutoryParameter careWorkerMinimumFloor() {
        StatutoryParameter binding = null;
        for (StatutoryParameter floor : nation.terms().careWorkerFloors()) {
            Parameter found = parameters.get(floor);
            if (found != null && (binding == null || found.value() > parameters.get(binding).value())) {
                binding = floor;
            }
        }
        return binding != null ? binding : nation.terms().careWorkerFloors().get(0);
    }

    /** The figure with its unit and source, if the pack has one (optional figures may be absent). */
    public Optional<Parameter> find(StatutoryParameter p) {
        return Optional.ofNullable(parameters.get(p));
    }

    /**
     * A copy of this pack with one figure replaced or added, e.g. for a scenario's own assumption
     * or a sensitivity run; this pack is left unchanged.
     *
     * @param source why the figure differs from the published one (shown in reports in place of the
     *     publication)
     */
    public StatutoryPack withOverride(StatutoryParameter p, double value, String source) {
        if (p == null) {
            throw new IllegalArgumentException("override needs a parameter");
        }
        EnumMap<StatutoryParameter, Parameter> changed = new EnumMap<>(StatutoryParameter.class);
        changed.putAll(parameters);
        changed.put(p, new Parameter(p.key(), value, p.unit(), source));
        return new StatutoryPack(nation, taxYear, changed, carriedForward);
    }
}
