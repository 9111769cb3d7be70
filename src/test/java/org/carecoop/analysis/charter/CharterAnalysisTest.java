package org.carecoop.analysis.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.SickPayScheme;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The charter checks and their costing against figures worked out by hand, on a plan small enough to follow:
 * 10 clients of 6 hours a week in 30-minute visits, 10 minutes' travel a visit, care workers on zero-hours
 * contracts at exactly the National Living Wage (12.21 in 2025-26), travel unpaid, holiday accrued at 12.07%, and
 * no training, meetings, induction, sickness, turnover, mileage, pension, NI or business costs.
 */
class CharterAnalysisTest {
    private static final double NLW = 12.21;
    private static final double HOLIDAY = 0.1207;
    /** Contact hours a month: 10 clients x 6 hours a week x 52/12 weeks = 260. */
    private static final double CONTACT = 10 * 6 * 52.0 / 12;
    /** Travel hours a month: 10 minutes per 30-minute visit, a third of an hour per contact hour = 86.667. */
    private static final double TRAVEL = CONTACT * 10 / 30;

    static Path plan() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(CharterAnalysisTest.class.getResource("/charters/zero-hours-unpaid-travel.yaml"))
                .toURI());
    }

    private static RunResult run(Path file, List<String> overrides) {
        return RunResult.of(Resolver.resolve(ScenarioLoader.load(file, null, overrides)), "base");
    }

    private static CharterResult check(Charter.Check... checks) throws URISyntaxException {
        return check(List.of(), checks);
    }

    /** The plan with {@code overrides}, checked and costed; the compliant plan keeps the overrides. */
    private static CharterResult check(List<String> overrides, Charter.Check... checks) throws URISyntaxException {
        Path file = plan();
        List<Charter.Requirement> requirements = new java.util.ArrayList<>();
        for (int i = 0; i < checks.length; i++) {
            requirements.add(new Charter.Requirement("r" + i, checks[i], "", "", "test", "test.yaml:1:1"));
        }
        Function<List<String>, RunResult> withChanges = changes -> {
            List<String> all = new java.util.ArrayList<>(overrides);
            all.addAll(changes);
            return run(file, all);
        };
        return CharterAnalysis.run(new Charter("Test charter", "", "test", requirements), run(file, overrides), 1,
                withChanges);
    }

    private static Charter.Check nlw() {
        return new Charter.PayFloor(Charter.Floor.word("national-living-wage"));
    }

    @Test
    void zeroHoursAtTheNationalLivingWageWithUnpaidTravelFailsTheMinimumWageByTheHandWorkedAmount() throws Exception {
        CharterResult r = check(nlw());
        Finding f = r.findings().get(0);
        assertThat(f.met()).isFalse();
        // pay for working time over working time: contact time paid, travel not, so
        // 12.21 x 260 / (260 + 86.667) = 12.21 x 30 / 40 = 9.1575 an hour, every month
        double pay = NLW * CONTACT / (CONTACT + TRAVEL);
        assertThat(pay).isCloseTo(9.1575, within(1e-9));
        assertThat(f.figures().get("lowest_pay_per_working_hour")).isCloseTo(9.1575, within(1e-9));
        assertThat(f.figures().get("months_below")).isEqualTo(12.0);
        // the shortfall, 12.21 - 9.1575 = 3.0525 an hour over 346.667 working hours = 1,058.20 a month;
        // 12,698.40 a year, shared by the care workers the hours need: each delivers
        // 30 hours x (1 - 0.1207/1.1207 on holiday) x 52/12 weeks x 85% utilised / (1 + 1/3 travel) = 73.949 contact
        // hours a month, so 260 / 73.949 = 3.5159 care workers, and 12,698.40 / 3.5159 = 3,611.7 each
        double shortfallAYear = (NLW - pay) * (CONTACT + TRAVEL) * 12;
        assertThat(shortfallAYear).isCloseTo(12_698.4, within(1e-6));
        double workers = CONTACT / (30 * (1 - HOLIDAY / (1 + HOLIDAY)) * 52 / 12 * 0.85 / (1 + 1.0 / 3));
        assertThat(workers).isCloseTo(3.5159, within(1e-4));
        assertThat(f.figures().get("shortfall_per_care_worker_per_year")).isCloseTo(shortfallAYear / workers, within(1e-6))
                .isCloseTo(3611.7, within(0.1));
        assertThat(f.gap()).contains("is lowest in 2025-04: 9.16, 3.05 below the National Living Wage of 12.21")
                .contains("below it in 12 of 12 months").contains("3,612 a year to each care worker");
        // the wage is already the floor: paying travel time is the whole fix
        assertThat(f.changes()).extracting(Change::override).containsExactly("care_workers.travel_paid=true");
    }

    @Test
    void theCompliantPlansExtraCostPerContactHourAndFeeMatchAHandCalculation() throws Exception {
        CharterResult r = check(nlw());
        CharterResult.Costing k = r.costing();
        // travel paid at the wage: 12.21 x 10/30 = 4.07 per contact hour, plus holiday pay accrued on it at 12.07%:
        // 4.07 x 1.1207 = 4.561249 (no NI, pension or other on-costs in this plan)
        assertThat(k.extraPerContactHour()).isCloseTo(4.561249, within(1e-6));
        // over the year's 12 x 260 = 3,120 contact hours: 4.561249 x 3,120 = 14,231.10
        assertThat(k.extraPerYear()).isCloseTo(4.561249 * 3120, within(1e-3));
        // pay per hour of working time becomes the wage itself
        assertThat(k.compliant().payPerWorkingHour()).isCloseTo(NLW, within(1e-9));
        assertThat(k.base().payPerWorkingHour()).isCloseTo(9.1575, within(1e-9));
        assertThat(k.stillUnmet()).isEmpty();
        assertThat(k.fees().baseSurplus()).isCloseTo((30 - 13.683747) * 3120, within(0.01));
        // the extra cost passed through: 4.561249 an hour, rounded up to the penny, 4.57; the extra paid in the year
        // 4.57 x 3,120 = 14,258.40, and the surplus (30 - 13.683747) x 3,120 = 50,906.71 as now, plus the penny
        // rounded up: (34.57 - 18.244996) x 3,120 = 50,934.01
        CharterResult.FeeAnswer through = k.fees().get(CharterResult.Basis.PASS_THROUGH);
        assertThat(through.found()).isTrue();
        assertThat(through.rise()).isEqualTo(4.57);
        assertThat(through.extraSpend()).isCloseTo(14_258.40, within(1e-6));
        assertThat(through.surplus()).isCloseTo(50_934.01, within(0.01));
        assertThat(through.groups()).singleElement().satisfies(g -> {
            assertThat(g.fee()).isEqualTo(30.0);
            assertThat(g.needed()).isCloseTo(34.57, within(1e-9));
        });
        // the same margin: cost per hour 12.21 x 1.1207 = 13.683747 of a 30.00 fee leaves 54.39%; compliant cost
        // 13.683747 x 4/3 = 18.244996 needs a fee of 18.244996 / (13.683747 / 30) = 40.00, a rise of 10.00, and the
        // surplus rises from 50,906.71 to (40 - 18.244996) x 3,120 = 67,875.61: more profit, not only the charter
        CharterResult.FeeAnswer margin = k.fees().get(CharterResult.Basis.CURRENT_MARGIN);
        assertThat(k.fees().baseMargin()).isCloseTo(1 - 13.683747 / 30, within(1e-6));
        assertThat(margin.rise()).isBetween(10.00, 10.01);
        assertThat(margin.margin()).isGreaterThanOrEqualTo(k.fees().baseMargin());
        assertThat(margin.surplus()).isCloseTo(67_875.61, within(0.01 * 3120 + 0.01));
        // viable at the default 3% target margin: a fee of 18.244996 / 0.97 = 18.809274, rounded up to 18.81: a
        // cut of 11.19 from 30.00, with the opening cash of 100,000 keeping cash above zero
        CharterResult.FeeAnswer viable = k.fees().get(CharterResult.Basis.VIABLE);
        assertThat(k.fees().targetMargin()).isEqualTo(0.03);
        assertThat(viable.rise()).isCloseTo(-11.19, within(1e-9));
        assertThat(viable.margin()).isGreaterThanOrEqualTo(0.03);
        assertThat(viable.earlierRises()).isEmpty();
        // one requirement, so its cost alone is the whole
        assertThat(k.byRequirement()).singleElement().satisfies(a ->
                assertThat(a.extraPerContactHour()).isCloseTo(4.561249, within(1e-6)));
    }

    @Test
    void aFloorAboveTheWageRaisesTheWageAndPaysTravel() throws Exception {
        CharterResult r = check(new Charter.PayFloor(Charter.Floor.word("real-living-wage")));
        // the Real Living Wage in 2025-26 is 12.60 (Living Wage Foundation); the wage is 12.21 in every month
        assertThat(r.findings().get(0).changes()).extracting(Change::override).containsExactly(
                "care_workers.travel_paid=true", "care_workers.wage_per_hour=real-living-wage",
                "care_workers.wage_above_floor=0");
        assertThat(r.costing().compliant().payPerWorkingHour()).isCloseTo(12.60, within(1e-9));
        // (12.60 - 12.21) + 12.60 / 3 = 0.39 + 4.20 = 4.59 of pay per contact hour, with holiday pay at 12.07%:
        // 4.59 x 1.1207 = 5.144013
        assertThat(r.costing().extraPerContactHour()).isCloseTo(5.144013, within(1e-6));
    }

    @Test
    void aDatedFloorIsCheckedFromItsFirstDateAndMetByDatedWages() throws Exception {
        TreeMap<YearMonth, Double> dated = new TreeMap<>();
        dated.put(YearMonth.of(2025, 10), 13.00);
        CharterResult r = check(new Charter.PayFloor(Charter.Floor.dated(dated)));
        Finding f = r.findings().get(0);
        // October to March: six months checked, all below 13.00
        assertThat(f.figures().get("months_checked")).isEqualTo(6.0);
        assertThat(f.figures().get("months_below")).isEqualTo(6.0);
        assertThat(f.changes()).extracting(Change::override).containsExactly("care_workers.travel_paid=true",
                "care_workers.wage_per_hour={2025-04: 12.21, 2025-10: 13}");
        assertThat(r.costing().stillUnmet()).isEmpty();
    }

    @Test
    void visitsTooShortAreLengthenedKeepingTheVisits() throws Exception {
        CharterResult r = check(new Charter.MinimumVisitMinutes(45, true));
        Finding f = r.findings().get(0);
        assertThat(f.met()).isFalse();
        assertThat(f.gap()).contains("council clients' visits are 30 minutes, under 45 minutes: 100% of contact hours");
        // the same 12 visits a week, each 45 minutes: 9 hours a week in place of 6
        assertThat(f.changes()).extracting(Change::override).containsExactly("clients[council].visit_minutes=45",
                "clients[council].hours_per_week=9");
        // travel is unpaid, so longer visits cost no more an hour: contact pay and holiday, 12.21 x 1.1207
        assertThat(r.costing().compliant().year().costPerContactHour()).isCloseTo(NLW * 1.1207, within(1e-6));
        assertThat(r.costing().compliant().year().contactHours()).isCloseTo(CONTACT * 12 * 1.5, within(1e-6));
    }

    @Test
    void travelTimeUnpaidIsWorthTheWageForItsMinutes() throws Exception {
        CharterResult r = check(new Charter.TravelTimePaid());
        Finding f = r.findings().get(0);
        // 10 minutes per 30-minute visit: 20 minutes per contact hour, worth 12.21 x 20/60 = 4.07
        assertThat(f.figures().get("travel_minutes_per_contact_hour")).isCloseTo(20, within(1e-9));
        assertThat(f.figures().get("travel_pay_per_contact_hour")).isCloseTo(4.07, within(1e-9));
        assertThat(f.gap()).startsWith("travel time unpaid: 20.0 minutes per contact hour, worth 4.07 per contact hour");
    }

    @Test
    void metRequirementsNeedNoChangesAndNoCosting() throws Exception {
        // the plan pays Statutory Sick Pay (no sickness, so none is due), has paid training of 0 hours and
        // 0 hours of meetings
        CharterResult r = check(new Charter.PaidTraining(0), new Charter.PaidMeetings(0));
        assertThat(r.findings()).allMatch(Finding::met);
        assertThat(r.costing()).isNull();
    }

    @Test
    void zeroHoursAndSickPayAndMeetingsEachGiveTheirChanges() throws Exception {
        CharterResult r = check(new Charter.NoZeroHours(16), new Charter.SickPay(SickPayScheme.OCCUPATIONAL),
                new Charter.PaidMeetings(1), new Charter.TravelCostsPaid(0.45));
        assertThat(r.findings().get(0).changes()).extracting(Change::override)
                .containsExactly("care_workers.contract=guaranteed-hours", "care_workers.guaranteed_hours_per_week=16");
        assertThat(r.findings().get(1).changes()).extracting(Change::override)
                .containsExactly("care_workers.sick_pay=occupational");
        assertThat(r.findings().get(2).changes()).extracting(Change::override)
                .containsExactly("care_workers.meeting_hours_per_month=1");
        // no miles driven: nothing to pay
        assertThat(r.findings().get(3).met()).isTrue();
        assertThat(r.costing().stillUnmet()).isEmpty();
        // three requirements unmet, each costed alone; with no sickness (0%), full sick pay costs nothing here
        assertThat(r.costing().byRequirement()).extracting(CharterResult.RequirementCost::requirement)
                .containsExactly("r0", "r1", "r2");
        assertThat(r.costing().byRequirement().get(1).extraPerYear()).isCloseTo(0, within(1e-6));
    }

    @Test
    void twoFloorsAtOddsSettleOnTheHigher() throws Exception {
        // a wage of 11.00, below both; the Real Living Wage (12.60) first, the National Living Wage (12.21) last: the
        // later change alone would set the wage to the lower floor, so the compliant plan is checked again and
        // lifted to 12.60
        CharterResult r = check(List.of("care_workers.wage_per_hour=11"),
                new Charter.PayFloor(Charter.Floor.word("real-living-wage")), nlw());
        assertThat(r.findings().get(1).changes()).extracting(Change::override)
                .contains("care_workers.wage_per_hour=national-living-wage");
        assertThat(r.costing().stillUnmet()).isEmpty();
        assertThat(r.costing().compliant().payPerWorkingHour()).isCloseTo(12.60, within(1e-9));
        assertThat(r.costing().changes()).extracting(Change::override).contains("care_workers.wage_per_hour=real-living-wage");
    }

    @Test
    void mileagePaidBelowTheApprovedRateIsTakenOffPayForTheMinimumWage() throws Exception {
        // 2 miles a visit at 25p against the HMRC approved 45p (2025-26): visits of 30 minutes, so 260 / 0.5 = 520
        // visits and 1,040 miles a month; the care workers pay 0.20 x 1,040 = 208 a month they are not repaid,
        // 208 / 346.667 working hours = 0.60 an hour, so pay for the minimum wage is 9.1575 - 0.60 = 8.5575
        CharterResult r = check(List.of("care_workers.miles_per_visit=2", "care_workers.mileage_rate=0.25"), nlw());
        Finding f = r.findings().get(0);
        assertThat(f.figures().get("lowest_pay_per_working_hour")).isCloseTo(8.5575, within(1e-9));
        assertThat(f.figures().get("mileage_not_repaid_per_working_hour_in_year")).isCloseTo(0.60, within(1e-9));
        assertThat(f.gap()).contains("is lowest in 2025-04: 8.56 (9.16 less 0.60 an hour of mileage costs care workers "
                + "pay and are not repaid: mileage is paid 0.20 a mile below the HMRC approved rate of 0.45), 3.65 below "
                + "the National Living Wage of 12.21");
        // the fix pays travel and repays mileage at the approved rate, written as its value (the pack's rate is 0.45
        // in every month of the plan, so the value and the pack agree)
        assertThat(f.changes()).extracting(Change::override).containsExactly("care_workers.travel_paid=true",
                "care_workers.mileage_rate=0.45");
        assertThat(f.changes().get(1).why()).isEqualTo("repay mileage at the HMRC approved rate, 0.45 a mile");
        assertThat(r.costing().stillUnmet()).isEmpty();
        // and the travel-costs check's own fix reads the same
        CharterResult costs = check(List.of("care_workers.miles_per_visit=2", "care_workers.mileage_rate=0.25"),
                new Charter.TravelCostsPaid(null));
        assertThat(costs.findings().get(0).changes()).extracting(Change::override)
                .containsExactly("care_workers.mileage_rate=0.45");
    }

    @Test
    void unpaidWaitingIsReportedAndCountedWhenTheCharterSaysSo() throws Exception {
        // 85% of rostered time is contact or travel: rostered 346.667 / 0.85 = 407.843 hours a month, of which
        // 61.176 are unpaid waiting, 61.176 / 260 x 60 = 14.12 minutes per contact hour; counted as working time,
        // pay per working hour would be 12.21 x 260 / 407.843 = 12.21 x 0.75 x 0.85 = 7.783875
        CharterResult r = check(nlw());
        Finding f = r.findings().get(0);
        assertThat(f.figures().get("unpaid_waiting_minutes_per_contact_hour")).isCloseTo(61.176471 / 260 * 60, within(1e-5));
        assertThat(f.figures().get("lowest_pay_per_working_hour_if_waiting_counted")).isCloseTo(7.783875, within(1e-6));
        assertThat(f.gap()).contains("Not counted: 14.1 minutes of unpaid waiting between visits per contact hour")
                .contains("regulation 32").contains("would be lowest in 2025-04: 7.78")
                .contains("count_unpaid_waiting: true");
        // counted: the check fails at 7.78 and the fix pays waiting as well as travel, bringing pay to the wage
        CharterResult counted = check(new Charter.PayFloor(Charter.Floor.word("national-living-wage"), true));
        Finding g = counted.findings().get(0);
        assertThat(g.figures().get("lowest_pay_per_working_hour")).isCloseTo(7.783875, within(1e-6));
        assertThat(g.gap()).startsWith("pay per hour of working time, travel and unpaid waiting counted, is lowest in "
                + "2025-04: 7.78,").doesNotContain("Not counted");
        assertThat(g.changes()).extracting(Change::override).containsExactly("care_workers.travel_paid=true",
                "care_workers.waiting_paid=true");
        assertThat(counted.costing().stillUnmet()).isEmpty();
        assertThat(counted.costing().compliant().payPerWorkingHour()).isCloseTo(NLW, within(1e-9));
        // with travel paid, the default check is met at the wage, 12.21, and says that counting the unpaid waiting
        // would fail it: 12.21 x 346.667 / 407.843 = 12.21 x 0.85 = 10.3785 an hour of working time
        CharterResult met = check(List.of("care_workers.travel_paid=true"), nlw());
        assertThat(met.findings().get(0).found()).isEqualTo("pay per hour of working time, travel counted, is at least "
                + "12.21 (lowest in 2025-04) against the National Living Wage of 12.21; with unpaid waiting counted it "
                + "would be 10.38 in 2025-04, below it");
    }

    @Test
    void aProviderMakingALossKeepsItsLossAtTheCurrentMargin() throws Exception {
        // a fee of 13.00 against a cost of 13.683747: a margin of (13 - 13.683747) / 13 = -5.26%; the same margin on
        // the compliant cost of 18.244996 is a fee of 18.244996 x 13 / 13.683747 = 17.3333, a rise of 4.3333 (4.34 to
        // the penny), below the pass-through of 4.57, and still a loss; viable at 3% is 18.81 whatever the fee now
        CharterResult r = check(List.of("clients[council].fee_per_hour=13"), nlw());
        CharterResult.Fees fees = r.costing().fees();
        assertThat(fees.baseMargin()).isCloseTo((13 - 13.683747) / 13, within(1e-6));
        assertThat(fees.get(CharterResult.Basis.CURRENT_MARGIN).rise()).isCloseTo(4.34, within(1e-9));
        assertThat(fees.get(CharterResult.Basis.CURRENT_MARGIN).surplus()).isNegative();
        assertThat(fees.get(CharterResult.Basis.PASS_THROUGH).rise()).isCloseTo(4.57, within(1e-9));
        assertThat(fees.get(CharterResult.Basis.VIABLE).groups().get(0).needed()).isCloseTo(18.81, within(1e-9));
    }

    @Test
    void whenNoFeeKeepsCashAboveZeroTheViableFeeSaysHowMuchWorkingCapitalIsMissing() throws Exception {
        // no opening cash and fees paid 28 days after the month: the first month's costs, 18.244996 x 260 = 4,743.70
        // compliant, are paid before any fee comes in, whatever the fee. The viable fee is then the one that makes the
        // 3% margin, 18.81 (a rise of -11.19), with the 4,744 of working capital the plan lacks said beside it
        CharterResult r = check(List.of("funding.opening_cash=0", "clients[council].paid_after_days=28"), nlw());
        CharterResult.FeeAnswer viable = r.costing().fees().get(CharterResult.Basis.VIABLE);
        assertThat(viable.found()).isTrue();
        assertThat(viable.rise()).isCloseTo(-11.19, within(1e-9));
        assertThat(viable.caveat()).isEqualTo("whatever the fee, cash falls to -4,744 in 2025-04, so the provider needs "
                + "at least 4,744 more working capital");
        // the other two have no cash rule
        assertThat(r.costing().fees().get(CharterResult.Basis.PASS_THROUGH).caveat()).isEmpty();
    }
}
