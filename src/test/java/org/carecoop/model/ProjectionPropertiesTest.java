package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A few hundred variations of the shipped start-up co-op plan, drawn with a fixed seed (fees, wage,
 * clients, ramp, payment terms, contracts, sickness, turnover, hiring limits, provider type, dividends,
 * the loan's size, rate, term, grace and repayment, share withdrawals): the identities hold in every
 * one, a council fee one pound higher never lowers the operating surplus over the plan, and a wage 50p
 * higher never raises it.
 */
class ProjectionPropertiesTest {
    private static final Path BASE = Path.of("scenarios/start-up-worker-coop.yaml");
    private static final int DRAWS = 300;
    private static final String[] MODELS = {"worker-coop", "multi-stakeholder-coop", "community-benefit-society",
            "for-profit", "private-equity", "council-in-house"};
    private static final String[] REPAYMENTS = {"amortising", "interest-only", "bullet"};

    private static Projection project(List<String> overrides) {
        return Projector.project(Resolver.resolve(ScenarioLoader.load(BASE, null, overrides)));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.4f%%", fraction * 100);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** One random variation of the plan, as --set overrides. */
    private static List<String> draw(Random r) {
        List<String> o = new ArrayList<>();
        o.add("clients[self-funded].fee_per_hour=" + number(20 + 20 * r.nextDouble()));
        o.add("clients[council].target=" + r.nextInt(151));
        o.add("clients[council].ramp_months=" + r.nextInt(37));
        o.add("clients[council].paid_after_days=" + r.nextInt(121));
        o.add("clients[self-funded].paid_after_days=" + r.nextInt(61));
        o.add("clients[self-funded].bad_debt=" + percent(0.1 * r.nextDouble()));
        double hours = 16 + 24 * r.nextDouble();
        o.add("care_workers.hours_per_week=" + number(hours));
        if (r.nextBoolean()) {
            o.add("care_workers.contract=zero-hours");
            o.add("care_workers.guaranteed_hours_per_week=0");
        } else {
            o.add("care_workers.contract=guaranteed-hours");
            o.add("care_workers.guaranteed_hours_per_week=" + number(hours * (0.1 + 0.9 * r.nextDouble())));
        }
        o.add("care_workers.turnover=" + percent(0.6 * r.nextDouble()));
        o.add("care_workers.sickness_rate=" + percent(0.08 * r.nextDouble()));
        o.add("care_workers.sick_pay=" + (r.nextBoolean() ? "statutory" : "occupational"));
        o.add("care_workers.travel_paid=" + r.nextBoolean());
        o.add("care_workers.waiting_paid=" + r.nextBoolean());
        if (r.nextInt(4) == 0) {
            o.add("care_workers.max_hires_per_month=" + (1 + r.nextInt(5)));
        }
        o.add("calendar=" + (r.nextBoolean() ? "average" : "actual"));
        String model = MODELS[r.nextInt(MODELS.length)];
        o.add("provider.model=" + model);
        o.add("provider.management_fee=" + percent(r.nextInt(3) == 0 ? 0.08 * r.nextDouble() : 0));
        o.add("surplus.worker_dividend=" + percent(0.5 * r.nextDouble()));
        o.add("surplus.owner_dividend=" + percent(0.5 * r.nextDouble()));
        o.add("surplus.reserves_months=" + r.nextInt(7));
        int term = 6 + r.nextInt(79);
        o.add("funding.loans[CDFI].amount=" + number(100000 * r.nextDouble()));
        o.add("funding.loans[CDFI].interest=" + percent(0.15 * r.nextDouble()));
        o.add("funding.loans[CDFI].term_months=" + term);
        o.add("funding.loans[CDFI].grace_months=" + r.nextInt(Math.min(term, 24)));
        o.add("funding.loans[CDFI].repayment=" + REPAYMENTS[r.nextInt(REPAYMENTS.length)]);
        o.add("funding.community_shares.withdrawals_from_year=" + (1 + r.nextInt(5)));
        o.add("funding.community_shares.withdrawals_per_year=" + percent(0.2 * r.nextDouble()));
        o.add("funding.opening_cash=" + number(50000 * r.nextDouble()));
        o.add("clients[council].fee_per_hour=" + number(15 + 25 * r.nextDouble()));
        o.add("care_workers.wage_per_hour=" + number(10 + 8 * r.nextDouble()));
        return o;
    }

    /** The same scenario with every council fee one pound an hour higher. */
    private static Scenario dearer(Scenario s) {
        List<Scenario.ClientGroup> groups = new ArrayList<>();
        for (Scenario.ClientGroup g : s.clients()) {
            Series fee = g.stream() == StreamType.COUNCIL ? Scenario.series(s.months(), m -> g.fee().at(m) + 1) : g.fee();
            groups.add(new Scenario.ClientGroup(g.name(), g.stream(), g.clientsAtStart(), g.startMonth(), g.target(),
                    g.rampMonths(), g.leaveRate(), g.hoursPerWeek(), g.visitMinutes(), fee, g.paymentLagMonths(),
                    g.badDebt()));
        }
        return new Scenario(s.name(), s.currency(), s.start(), s.months(), s.weeks(), s.statutory(), s.provider(),
                groups, s.careWorkers(), s.officeStaff(), s.overheads(), s.startUpCosts(), s.funding(), s.surplus());
    }

    /** The same scenario with care workers paid 50p an hour more in every month. */
    private static Scenario betterPaid(Scenario s) {
        Scenario.CareWorkers w = s.careWorkers();
        Series wage = Scenario.series(s.months(), m -> w.wage().at(m) + 0.5);
        Scenario.CareWorkers raised = new Scenario.CareWorkers(wage, w.contract(), w.guaranteedHoursPerWeek(),
                w.hoursPerWeek(), w.utilisation(), w.travelMinutesPerVisit(), w.waitingPaid(), w.travelPaid(),
                w.milesPerVisit(), w.mileageRate(), w.trainingHoursPerYear(), w.meetingHoursPerMonth(), w.inductionHours(),
                w.sicknessRate(), w.sickPay(), w.sickSpellDays(), w.pensionRate(), w.turnover(), w.recruitmentCost(),
                w.workersAtStart(), w.maxHiresPerMonth());
        return new Scenario(s.name(), s.currency(), s.start(), s.months(), s.weeks(), s.statutory(), s.provider(),
                s.clients(), raised, s.officeStaff(), s.overheads(), s.startUpCosts(), s.funding(), s.surplus());
    }

    @Test
    void identitiesHoldAndFeeAndWageMoveTheSurplusTheRightWay() {
        Random random = new Random(20260401L);
        for (int i = 0; i < DRAWS; i++) {
            List<String> overrides = draw(random);
            Scenario scenario = Resolver.resolve(ScenarioLoader.load(BASE, null, overrides));
            Projection base = Projector.project(scenario);
            assertThat(Invariants.breaches(base)).as("draw %d: %s", i, overrides).isEmpty();
            double surplus = base.get(Line.OPERATING_SURPLUS).sum();

            Projection dearer = Projector.project(dearer(scenario));
            assertThat(Invariants.breaches(dearer)).as("draw %d with a higher fee", i).isEmpty();
            assertThat(dearer.get(Line.OPERATING_SURPLUS).sum()).as("draw %d: a higher fee, %s", i, overrides)
                    .isGreaterThanOrEqualTo(surplus - 1e-6);

            Projection betterPaid = Projector.project(betterPaid(scenario));
            assertThat(Invariants.breaches(betterPaid)).as("draw %d with a higher wage", i).isEmpty();
            assertThat(betterPaid.get(Line.OPERATING_SURPLUS).sum()).as("draw %d: a higher wage, %s", i, overrides)
                    .isLessThanOrEqualTo(surplus + 1e-6);
        }
    }
}
