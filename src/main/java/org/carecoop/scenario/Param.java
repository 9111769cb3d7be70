package org.carecoop.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one key of the scenario format. The records of {@link ScenarioFile} carry these, and
 * everything else is derived from them: loading and its error messages, defaults, {@code params},
 * the JSON Schema and the format reference in {@code docs/scenario-format.md}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Param {
    /** What the key means, in a user's words. */
    String doc();

    /** Unit: money, money/hour, money/year, %, %/year, %/month, hours/week, minutes, miles, months, days, count, YYYY-MM. */
    String unit() default "";

    /** The default as YAML text; empty for no default. A default that is a figure cites its source in {@link #source()}. */
    String def() default "";

    /** Where the default figure comes from, or "assumption" when it is one. */
    String source() default "";

    boolean required() default false;

    /** The key as written, when it differs from the component name in snake case. */
    String key() default "";

    /** Smallest allowed number (inclusive). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed number (inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /** A percentage, written 12.07% or as a fraction up to 1. */
    boolean percent() default false;

    /** For a schedule: words it may take instead of numbers (wage floors from the statutory pack). */
    String[] words() default {};
}
