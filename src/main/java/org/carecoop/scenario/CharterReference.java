package org.carecoop.scenario;

/**
 * docs/charters.md: what {@code carecoop charter} does, the checks, and the charter format, generated from the
 * same records the charter reader binds ({@link CharterFile}). A test fails when the committed file is out of
 * date.
 */
public final class CharterReference {
    /** The command that writes docs/charters.md; quoted in the file and by its test. */
    public static final String COMMAND = "./carecoop charter --reference -o docs/charters.md";

    private CharterReference() {}

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(FormatReference.heading("Fair-pay charters", "the charter format in the code", COMMAND))
                .append("`carecoop charter FILE --charter NAME` checks a plan against a fair-pay charter and costs meeting it.\n")
                .append("It is written for a union costing a charter for a council area, but anyone can run it.\n\n")
                .append("```sh\n")
                .append("./carecoop charter scenarios/union-ethical-care-charter.yaml --charter ethical-care-charter\n")
                .append("./carecoop charter scenarios/union-ethical-care-charter.yaml --charter minimum-wage -o charter.xlsx\n")
                .append("./carecoop charter my-plan.yaml --charter my-charter.yaml --format json\n")
                .append("./carecoop charter --list                         # the built-in charters\n")
                .append("./carecoop charter --show ethical-care-charter    # one of them, to copy and change\n")
                .append("```\n\n")
                .append("## What it reports\n\n")
                .append("1. **The checklist**: each requirement, met or not, what the plan does, and the gap in plain terms\n")
                .append("   (\"travel time unpaid: 11.7 minutes per contact hour, worth 2.41 per contact hour to each care\n")
                .append("   worker\"). Pay is checked in every month of the plan; the other figures are for one plan year,\n")
                .append("   the last (when the plan has settled) unless `--year N` says otherwise.\n")
                .append("2. **The cost of meeting it**: carecoop builds the *compliant plan*, the plan with every unmet\n")
                .append("   requirement's changes made by parameter path exactly as `--set PATH=VALUE` makes them (the report\n")
                .append("   lists them, so the compliant plan can be run with `carecoop run FILE --set ...`). Both plans are\n")
                .append("   projected, and the report gives, for the plan year: the extra operating cost per contact hour and\n")
                .append("   in the year, pay per hour of working time, each care worker's pay in the year, and the cost of an\n")
                .append("   hour line by line as `carecoop cost` builds it.\n")
                .append("3. **The fee in that plan year**, on three footings, each the same rise per contact hour on every\n")
                .append("   client group's fee in the year's months (for a plan whose clients are all council-funded, the\n")
                .append("   council's fee), found by `solve`'s method (a scan, then Brent's method) and rounded up to the penny:\n")
                .append("   - *the extra cost passed through*: the council and clients pay what the charter costs in the year and\n")
                .append("     no more; the provider's surplus before tax in the year stays what it is now, in money;\n")
                .append("   - *the provider's current margin kept*: its surplus before tax stays the same share of its fee income.\n")
                .append("     For a provider with a high margin this is more than the extra cost: the difference is more profit,\n")
                .append("     and the report says how much. For a provider making a loss it keeps the loss, and says so;\n")
                .append("   - *viable*: the lowest fee at which the compliant plan makes the provider's target margin\n")
                .append("     (`provider.target_margin`) in the year, with its cash never below zero at a month's end in the year:\n")
                .append("     `carecoop commission`'s rule, for one year. When cash falls below zero before the year, or in it\n")
                .append("     whatever the fee (before the year's fees are paid), the fee is the one that makes the margin and\n")
                .append("     the report says how much more working capital the plan needs.\n")
                .append("   A year's surplus depends only on its own fees (income is counted when the care is given), so each\n")
                .append("   answer is the year's own; for a later year, the fees of the years before are raised by their own\n")
                .append("   extra cost first, so the provider reaches the year with the cash it has now.\n")
                .append("4. **Each unmet requirement alone**: the same costing with only that requirement's changes. Changes\n")
                .append("   interact (paid travel time costs more at a higher wage), so these need not add up to the whole.\n\n")
                .append("`-o FILE.xlsx` writes a *Charter* sheet (the checklist, the costing with each change as a formula,\n")
                .append("the fee, the cost of an hour line by line with a chart of the two plans, and the changes);\n")
                .append("`-o FILE.json` and `-o FILE.csv` (a row per requirement) write the same figures.\n\n")
                .append("## The checks\n\n")
                .append("Every requirement names one of these checks, with its setting:\n\n")
                .append("| check | what is met | setting | the compliant plan's changes |\n|---|---|---|---|\n");
        for (CharterFile.Check c : CharterFile.Check.values()) {
            md.append("| `").append(c.key()).append("` | ").append(c.meaning()).append(" | ").append(setting(c))
                    .append(" | ").append(fix(c)).append(" |\n");
        }
        md.append("\nPay over working time is the minimum wage's own test (National Minimum Wage Regulations 2015,\n")
                .append("regulations 6, 7 and 34): all pay for working time in the month (contact, travel, training, meetings,\n")
                .append("paid waiting and guaranteed hours not worked; not holiday or sick pay), divided by all the hours worked,\n")
                .append("travel between visits always included. Expenses a care worker pays for the job and is not repaid\n")
                .append("reduce pay for the minimum wage (regulation 13; HMRC National Minimum Wage Manual NMWM11100 and\n")
                .append("NMWM11170): when mileage is paid below the HMRC approved rate, the difference for every mile between\n")
                .append("visits is taken off pay for the check (the approved rate as the cost of running a car is carecoop's\n")
                .append("assumption), and the compliant plan repays mileage at that rate. Waiting between visits is working\n")
                .append("time when the care worker must stay available (regulation 32) and not when they are free to use it;\n")
                .append("carecoop counts it when it is paid (`care_workers.waiting_paid: true`), and otherwise reports how many\n")
                .append("minutes of unpaid waiting there are per contact hour and what pay per working hour would be if they\n")
                .append("counted. `count_unpaid_waiting: true` on a `pay-floor` requirement counts them, and its compliant plan\n")
                .append("pays waiting time. In the United States the Fair Labor Standards Act judges the same average over\n")
                .append("each workweek; carecoop's months have every week alike, so the month's average is each week's. A plan\n")
                .append("that pays its wage for contact time only can fail the test even when the wage is above the floor.\n")
                .append("A plan's training is always paid in carecoop, so `paid-training`\n")
                .append("checks the hours. What a financial plan cannot show (care commissioned by need rather than minutes,\n")
                .append("phones, rushed schedules, continuity of care worker) is not checked.\n\n")
                .append("## The built-in charters\n\n");
        for (String name : CharterReader.BUILT_IN) {
            CharterFile c = CharterReader.builtIn(name).charter();
            md.append("- `").append(name).append("`: ").append(c.charter()).append(". ").append(c.description())
                    .append(" Requirements: ");
            md.append(String.join(", ", c.requirements().stream().map(r -> "`" + r.name() + "` (" + r.check().key()
                    + (r.stage() == null ? "" : ", stage " + r.stage()) + ")").toList()));
            md.append(". Source: ").append(c.source()).append(".\n");
        }
        md.append("\nEach built-in charter names the source of every requirement, and marks as an assumption what the\n")
                .append("charter leaves open (in the Ethical Care Charter: 30 minutes as the shortest visit, where stage 1 says\n")
                .append("\"no 15-minute visits\"; the 16 guaranteed hours; one paid hour a month to meet co-workers; mileage at\n")
                .append("the HMRC rate). A built-in charter names its `jurisdiction`: the UK ones refuse a New York City plan, and\n")
                .append("`new-york-home-care-minimum` refuses a UK one; without `--charter`, a plan is checked against the legal\n")
                .append("minimum where it is. `carecoop charter --show NAME` prints the file.\n\n")
                .append("## Writing your own charter\n\n")
                .append("A charter is a YAML file like a scenario (see docs/scenario-format.md for how YAML is written). Start\n")
                .append("from a built-in one (`carecoop charter --show ethical-care-charter > our-charter.yaml`), change the\n")
                .append("figures, add or remove requirements, and run it with `--charter our-charter.yaml`. For example, a\n")
                .append("Fair Pay Agreement rate once one is agreed, with a rise the next April:\n\n")
                .append("```yaml\n")
                .append("charter: Our branch's homecare charter\n")
                .append("source: Branch meeting, 12 March 2027\n")
                .append("requirements:\n")
                .append("  - name: fair-pay-agreement\n")
                .append("    check: pay-floor\n")
                .append("    floor: {2028-04: 14.20, 2029-04: 14.80}   # an example, not an agreed rate\n")
                .append("    says: At least the Fair Pay Agreement rate for every hour worked.\n")
                .append("    source: Adult social care Fair Pay Agreement (example figures)\n")
                .append("  - name: travel-time\n")
                .append("    check: travel-time-paid\n")
                .append("    source: UNISON Ethical Care Charter, stage 1\n")
                .append("  - name: guaranteed-hours\n")
                .append("    check: no-zero-hours\n")
                .append("    guaranteed_hours_per_week: 20\n")
                .append("    source: Branch claim 2027\n")
                .append("```\n\n")
                .append("Months before a dated floor's first date are not checked, so a floor can start after the plan does.\n")
                .append("Mistakes are reported as a scenario's are, one line each with the place, the path and what is\n")
                .append("expected: `our-charter.yaml:7:12: requirements[travel-time].check: unknown choice\n")
                .append("'travel-time-payed' (did you mean 'travel-time-paid'? ...)`.\n\n");
        block(md, RecordSpec.of(CharterFile.class), "Top level", "These keys start at the left margin.");
        block(md, RecordSpec.of(CharterFile.Requirement.class), "`requirements` (a list)",
                "Written indented under `requirements:`, one item per `- `. An item is named in messages by its `name`, "
                        + "as in `requirements[travel-time]`. Give `name`, `check` and `source`, and the setting the "
                        + "check needs; a setting meant for another check is refused.");
        return md.toString();
    }

    private static String setting(CharterFile.Check c) {
        return switch (c) {
            case PAY_FLOOR -> "`floor`, `count_unpaid_waiting` (optional)";
            case TRAVEL_TIME_PAID -> "none";
            case TRAVEL_COSTS_PAID -> "`mileage_rate` (optional)";
            case MINIMUM_VISIT_MINUTES -> "`minutes`, `lengthen`";
            case SICK_PAY -> "`sick_pay`";
            case NO_ZERO_HOURS -> "`guaranteed_hours_per_week`";
            case PAID_TRAINING -> "`training_hours_per_year`";
            case PAID_MEETINGS -> "`meeting_hours_per_month`";
        };
    }

    private static String fix(CharterFile.Check c) {
        return switch (c) {
            case PAY_FLOOR -> "`care_workers.travel_paid: true` when travel is unpaid; `care_workers.mileage_rate` at the "
                    + "HMRC approved rate when below it; `care_workers.waiting_paid: true` with `count_unpaid_waiting`; "
                    + "the wage raised to the floor in the months it is below (the floor's name when it is below every "
                    + "month, else dated values)";
            case TRAVEL_TIME_PAID -> "`care_workers.travel_paid: true`";
            case TRAVEL_COSTS_PAID -> "`care_workers.mileage_rate` at the rate (left out for the HMRC rate)";
            case MINIMUM_VISIT_MINUTES -> "each short group's `visit_minutes` raised; with `same-visits`, its "
                    + "`hours_per_week` raised in proportion";
            case SICK_PAY -> "`care_workers.sick_pay: occupational`";
            case NO_ZERO_HOURS -> "`care_workers.contract: guaranteed-hours` and `guaranteed_hours_per_week`";
            case PAID_TRAINING -> "`care_workers.training_hours_per_year`";
            case PAID_MEETINGS -> "`care_workers.meeting_hours_per_month`";
        };
    }

    private static void block(StringBuilder md, RecordSpec spec, String heading, String placement) {
        md.append("## ").append(heading).append("\n\n").append(spec.doc()).append("\n\n").append(placement).append("\n\n")
                .append("| key | unit | default | meaning |\n|---|---|---|---|\n");
        for (FieldSpec field : spec.fields()) {
            md.append(FormatReference.keyRow(field, field.kind() == FieldSpec.Kind.RECORD_LIST
                    ? ". A list: each item's keys are under `" + field.key() + "` below." : ""));
        }
        md.append('\n');
    }
}
