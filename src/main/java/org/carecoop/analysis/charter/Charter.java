package org.carecoop.analysis.charter;

import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.carecoop.CarecoopException;
import org.carecoop.model.Scenario;
import org.carecoop.model.SickPayScheme;
import org.carecoop.statutory.Nation;
import org.carecoop.statutory.StatutoryPack;
import org.carecoop.statutory.StatutoryParameter;
import org.carecoop.statutory.Terms;

/**
 * A fair-pay charter as the checks read it: its requirements, each a {@link Check} with its settings, stage and
 * source. Built from a charter file (a built-in one or a union's own) by the command line.
 *
 * @param source       where the charter is published
 * @param jurisdiction where it applies: a country or jurisdiction key ({@code uk}, {@code us-new-york-city}), or
 *                     null for anywhere
 */
public record Charter(String name, String description, String source, List<Requirement> requirements,
                      String jurisdiction) {
    public Charter {
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a charter needs at least one requirement");
        }
        requirements = List.copyOf(requirements);
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.trim();
    }

    /** A charter for anywhere. */
    public Charter(String name, String description, String source, List<Requirement> requirements) {
        this(name, description, source, requirements, null);
    }

    /** Whether the charter applies to a plan in {@code nation}. */
    public boolean appliesIn(Nation nation) {
        return jurisdiction == null || nation.isIn(jurisdiction);
    }

    /**
     * Why the charter cannot check a plan in {@code nation}, in words: "'The legal minimum wage, travel time
     * counted' is for plans in uk, not in us-new-york-city".
     */
    public String refusal(Nation nation) {
        return "'" + name + "' is for plans in " + jurisdiction + ", not in " + nation.key();
    }

    /**
     * One requirement.
     *
     * @param says  the requirement in the charter's words (may be empty)
     * @param stage the stage or part of the charter (may be empty)
     * @param where where it is written in the charter file (FILE:LINE:COLUMN), for messages
     */
    public record Requirement(String name, Check check, String says, String stage, String source, String where) {
        public Requirement {
            says = says == null ? "" : says;
            stage = stage == null ? "" : stage;
        }
    }

    /** What is checked, with its settings. */
    public sealed interface Check permits PayFloor, TravelTimePaid, TravelCostsPaid, MinimumVisitMinutes, SickPay,
            NoZeroHours, PaidTraining, PaidMeetings {}

    /**
     * Pay per hour of working time at or above the floor in every month the floor covers, mileage costs not repaid
     * taken off pay; with {@code countUnpaidWaiting}, unpaid waiting between visits counted as working time.
     */
    public record PayFloor(Floor floor, boolean countUnpaidWaiting) implements Check {
        public PayFloor(Floor floor) {
            this(floor, false);
        }
    }

    /** Travel time between visits paid. */
    public record TravelTimePaid() implements Check {}

    /** Mileage paid at or above {@code perMile}, or the HMRC approved rate when it is null. */
    public record TravelCostsPaid(Double perMile) implements Check {}

    /**
     * No visits under {@code minutes}; the compliant plan keeps the visits (longer, so more hours) or the hours.
     */
    public record MinimumVisitMinutes(double minutes, boolean sameVisits) implements Check {}

    /** Sick pay at least as good as {@code least}. */
    public record SickPay(SickPayScheme least) implements Check {}

    /** A guaranteed-hours contract of at least {@code hoursPerWeek}. */
    public record NoZeroHours(double hoursPerWeek) implements Check {}

    /** At least {@code hoursPerYear} of paid training a year. */
    public record PaidTraining(double hoursPerYear) implements Check {}

    /** At least {@code hoursPerMonth} of paid meetings a month. */
    public record PaidMeetings(double hoursPerMonth) implements Check {}

    /**
     * A wage floor: a word naming a floor of the statutory pack, one number, or dated numbers (each holding until
     * the next; none before the first).
     */
    public record Floor(String word, Double constant, NavigableMap<YearMonth, Double> dated) {
        public Floor {
            int forms = (word != null ? 1 : 0) + (constant != null ? 1 : 0) + (dated != null ? 1 : 0);
            if (forms != 1) {
                throw new IllegalArgumentException("a floor is a word, a number or dated numbers");
            }
            dated = dated == null ? null : java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(dated));
        }

        public static Floor word(String word) {
            statutory(word);
            return new Floor(word, null, null);
        }

        public static Floor of(double value) {
            return new Floor(null, value, null);
        }

        public static Floor dated(NavigableMap<YearMonth, Double> values) {
            return new Floor(null, null, values);
        }

        /**
         * The floor in a month of the plan, or NaN before a dated floor's first date; {@code where} names the
         * floor's place in the charter for a message when the statutory pack has no such floor.
         */
        public double at(Scenario s, int month, String where) {
            if (constant != null) {
                return constant;
            }
            if (dated != null) {
                var entry = dated.floorEntry(s.month(month));
                return entry == null ? Double.NaN : entry.getValue();
            }
            StatutoryPack pack = s.statutory().get(month);
            StatutoryParameter parameter = statutory(word);
            if (pack.find(parameter).isEmpty()) {
                throw new CarecoopException(where + ": there is no published " + word + " for "
                        + pack.nation().key() + " in " + pack.taxYear().label() + " (a number, or another wage floor "
                        + "such as real-living-wage)");
            }
            return pack.value(parameter);
        }

        /**
         * The floor in the words of the plan's jurisdiction: "the National Living Wage", "the New York home care
         * aide minimum wage", or "the charter's floor" for numbers.
         */
        public String label(Terms terms) {
            return word != null ? terms.floorName(statutory(word)) : "the charter's floor";
        }

        /** The floor as a scenario value: the word, the number, or the dated numbers. */
        public String written() {
            if (word != null) {
                return word;
            }
            if (constant != null) {
                return Wording.plain(constant);
            }
            StringBuilder text = new StringBuilder("{");
            dated.forEach((m, v) -> text.append(text.length() > 1 ? ", " : "").append(m).append(": ").append(Wording.plain(v)));
            return text.append('}').toString();
        }

        private static StatutoryParameter statutory(String word) {
            return switch (word) {
                case "national-living-wage" -> StatutoryParameter.NATIONAL_LIVING_WAGE;
                case "real-living-wage" -> StatutoryParameter.REAL_LIVING_WAGE;
                case "london-living-wage" -> StatutoryParameter.LONDON_LIVING_WAGE;
                case "care-sector-pay-floor" -> StatutoryParameter.CARE_SECTOR_PAY_FLOOR;
                default -> throw new IllegalArgumentException("unknown wage floor " + word);
            };
        }
    }
}
