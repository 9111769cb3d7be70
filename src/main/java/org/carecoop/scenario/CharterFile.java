package org.carecoop.scenario;

import java.util.List;
import org.carecoop.model.Keyword;
import org.carecoop.model.SickPayScheme;

/**
 * The charter format, as a union writes it: a named list of requirements, each a check carecoop knows with
 * its settings, its stage and its source. The built-in charters are files of this format too
 * ({@code org/carecoop/charters/*.yaml}); {@link CharterReader} reads both with the scenario's machinery, so a
 * mistake is reported as FILE:LINE:COLUMN: path: what is wrong (expected), and docs/charters.md is
 * generated from these records.
 */
@Section(doc = "A fair-pay charter: the requirements a care provider's plan is checked against, each with its source.")
public record CharterFile(
        @Param(doc = "Name of the charter, shown on every report", required = true)
        String charter,
        @Param(doc = "A sentence or two on what the charter is and who set it")
        String description,
        @Param(doc = "Where the charter is published: its title, publisher, date and web address", required = true)
        String source,
        @Param(doc = "Where the charter applies, as its floors and laws are a country's own: a country (uk, us) or "
                + "one jurisdiction (england, wales, scotland, northern-ireland, us-new-york-city). A plan elsewhere is "
                + "refused. Leave out for a charter that applies anywhere",
                words = {"uk", "us", "england", "wales", "scotland", "northern-ireland", "us-new-york-city"})
        String jurisdiction,
        @Param(doc = "The requirements, each a check from the list below", required = true)
        List<Requirement> requirements) {

    /** The checks carecoop can make of a plan; each requirement names one. */
    public enum Check implements Keyword {
        PAY_FLOOR("pay over all working time (contact, travel, training and paid waiting), averaged over each month as "
                + "HMRC counts the minimum wage (for a US plan, over each workweek, the month's weeks taken alike), less mileage costs care workers pay and are not repaid, at or above the "
                + "floor every month; give floor, and count_unpaid_waiting to count unpaid waiting as working time"),
        TRAVEL_TIME_PAID("travel time between visits paid at the hourly wage"),
        TRAVEL_COSTS_PAID("mileage paid at or above a rate per mile; give mileage_rate, or leave it out for the HMRC "
                + "approved rate"),
        MINIMUM_VISIT_MINUTES("no visits shorter than a number of minutes; give minutes"),
        SICK_PAY("sick pay at least as good as a scheme; give sick_pay (statutory or occupational)"),
        NO_ZERO_HOURS("care workers on guaranteed-hours contracts, not zero-hours; give guaranteed_hours_per_week"),
        PAID_TRAINING("training in paid time, at least a number of hours a year; give training_hours_per_year"),
        PAID_MEETINGS("paid time to meet co-workers (team meetings, supervision), at least a number of hours a month; "
                + "give meeting_hours_per_month");

        private final String meaning;

        Check(String meaning) {
            this.meaning = meaning;
        }

        @Override
        public String meaning() {
            return meaning;
        }
    }

    /** How a plan is changed to lengthen visits that are too short. */
    public enum Lengthen implements Keyword {
        SAME_VISITS("clients keep the same number of visits, each made longer, so they receive more hours of care"),
        SAME_HOURS("clients keep the same hours of care, in fewer, longer visits");

        private final String meaning;

        Lengthen(String meaning) {
            this.meaning = meaning;
        }

        @Override
        public String meaning() {
            return meaning;
        }
    }

    @Section(doc = "One requirement of a charter: a check from carecoop's list, its setting, its stage and its source.",
            keyedBy = {"name"})
    public record Requirement(
            @Param(doc = "Short name of the requirement, different from the others in the charter; names it in reports "
                    + "and in paths such as requirements[travel-time]", required = true)
            String name,
            @Param(doc = "What carecoop checks", required = true)
            Check check,
            @Param(doc = "The requirement in the charter's own words, or a short summary of them")
            String says,
            @Param(doc = "The stage or part of the charter it belongs to, for example 1")
            String stage,
            @Param(doc = "Where the requirement is written: the document and its section or page", required = true)
            String source,
            @Param(doc = "For pay-floor: the least pay per hour of working time: a number, dated numbers, or a wage "
                    + "floor from the statutory pack (national-living-wage, real-living-wage, london-living-wage, "
                    + "care-sector-pay-floor), which follows the published rate each April. Months before the first "
                    + "date of dated numbers are not checked", unit = "money/hour", min = 0,
                    words = {"national-living-wage", "real-living-wage", "london-living-wage", "care-sector-pay-floor"})
            Schedule floor,
            @Param(doc = "For pay-floor: count unpaid waiting between visits as working time. The law counts waiting "
                    + "as working time when the care worker must stay available (National Minimum Wage Regulations "
                    + "2015, regulation 32) and not when they are free to use it; carecoop does not count it unless "
                    + "this is true. The compliant plan then pays waiting time (care_workers.waiting_paid: true)",
                    def = "false")
            boolean countUnpaidWaiting,
            @Param(doc = "For minimum-visit-minutes: the shortest visit allowed", unit = "minutes", min = 5, max = 720)
            Double minutes,
            @Param(doc = "For minimum-visit-minutes: how the compliant plan lengthens visits that are too short",
                    def = "same-visits")
            Lengthen lengthen,
            @Param(doc = "For travel-costs-paid: the least mileage paid per mile; leave out for the HMRC approved "
                    + "rate in the statutory pack", unit = "money/mile", min = 0)
            Double mileageRate,
            @Param(doc = "For sick-pay: the least the charter accepts")
            SickPayScheme sickPay,
            @Param(doc = "For no-zero-hours: hours a week the compliant plan guarantees each care worker",
                    unit = "hours/week", min = 0, max = 60)
            Double guaranteedHoursPerWeek,
            @Param(doc = "For paid-training: the least paid training a care worker has each year, after induction",
                    unit = "hours/year", min = 0, max = 500)
            Double trainingHoursPerYear,
            @Param(doc = "For paid-meetings: the least paid time a care worker has each month to meet co-workers "
                    + "(team meetings, supervision)", unit = "hours/month", min = 0, max = 100)
            Double meetingHoursPerMonth) {}
}
