package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carecoop.analysis.Metric;
import org.carecoop.scenario.GeneratedPlans;
import org.carecoop.scenario.GeneratedPlans.Plan;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Params;
import org.carecoop.scenario.Parameterised;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/**
 * Properties of the model over generated valid plans (every shipped scenario and template, with a
 * random handful of its numeric inputs moved; see {@link GeneratedPlans}): the identities hold, no figure
 * is NaN or infinite, the surplus moves the right way with fees and wages, more grant never means less
 * cash, and no more care is delivered than is asked for or than the care workers can give.
 */
class GeneratedPlanPropertiesTest {
    /** Plans per property: enough to reach every shipped file many times, in a few seconds each. */
    private static final int PLANS = 250;

    private static Projection project(Plan plan) {
        return Projector.project(Resolver.resolve(plan.load()));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    @Test
    void cashClosesEveryMonthAndNoFigureIsNaNOrInfinite() {
        GeneratedPlans.check("cash closes, figures finite", PLANS, GeneratedPlans::draw, plan -> {
            Projection p = project(plan);
            assertThat(Invariants.breaches(p)).isEmpty();
            Metrics m = Metrics.of(p);
            assertThat(nonFinite(m)).as("metrics that are not finite numbers").isEmpty();
            for (Metric metric : Metric.values()) {
                double v = metric.of(m);
                // a break-even that never comes is "past the end", the one infinity a metric may be
                boolean never = metric == Metric.BREAK_EVEN_MONTH && v == Double.POSITIVE_INFINITY;
                assertThat(Double.isFinite(v) || never).as(metric.key() + " = " + v).isTrue();
            }
        });
    }

    @Test
    void aHigherFeeNeverLowersTheSurplus() {
        GeneratedPlans.check("higher fee, surplus not lower", PLANS, GeneratedPlans::draw, plan -> {
            LoadedScenario loaded = plan.load();
            List<String> dearer = new ArrayList<>();
            for (ScenarioFile.ClientStream c : loaded.scenario().clients()) {
                String path = "clients[" + (c.name() != null ? c.name() : c.stream().key()) + "].fee_per_hour";
                Parameterised fee = Parameterised.of(loaded, path);
                if (fee.note().isEmpty()) {
                    dearer.add(path + "=" + number(fee.current() + 1));
                }
            }
            if (dearer.isEmpty()) {
                // every group pays the carer's rate plus the platform fee: a dearer fee is a higher platform fee
                double share = Parameterised.of(loaded, "care_workers.platform_fee").current();
                dearer.add("care_workers.platform_fee=" + number(share + 0.01));
            }
            double before = Metrics.of(project(plan)).surplusBeforeTax();
            double after = Metrics.of(project(plan.with(dearer.toArray(String[]::new)))).surplusBeforeTax();
            assertThat(after).as("surplus before tax with every fee a pound higher").isGreaterThanOrEqualTo(before - 1e-6);
        });
    }

    @Test
    void aHigherWageNeverRaisesTheSurplus() {
        GeneratedPlans.check("higher wage, surplus not higher", PLANS, GeneratedPlans::draw, plan -> {
            LoadedScenario loaded = plan.load();
            if (feeFollowsTheCarersRate(loaded)) {
                // on a platform the client pays the carer's own rate plus a share: a higher rate raises the
                // platform's income with it, so this direction does not hold there (and is not meant to)
                return;
            }
            Parameterised wage = Parameterised.of(loaded, "care_workers.wage_per_hour");
            // a wage floor is raised by its premium; a figure of one number directly
            String raise = wage.note().isEmpty() ? "care_workers.wage_per_hour=" + number(wage.current() + 0.5)
                    : "care_workers.wage_above_floor=" + number(
                            Parameterised.of(loaded, "care_workers.wage_above_floor").current() + 0.5);
            double before = Metrics.of(project(plan)).surplusBeforeTax();
            double after = Metrics.of(project(plan.with(raise))).surplusBeforeTax();
            assertThat(after).as("surplus before tax with " + raise).isLessThanOrEqualTo(before + 1e-6);
        });
    }

    @Test
    void moreGrantNeverLowersCash() {
        GeneratedPlans.check("more grant, cash not lower", PLANS, GeneratedPlans::draw, plan -> {
            LoadedScenario loaded = plan.load();
            List<String> grants = Params.list(loaded).stream().map(Params.Row::path)
                    .filter(p -> p.startsWith("funding.grants[") && p.endsWith("].amount")).toList();
            // a plan without a grant gets one from the opening month
            String more = grants.isEmpty() ? "funding.grants=[{funder: property test, amount: 10000}]"
                    : grants.get(0) + "=" + number(Parameterised.of(loaded, grants.get(0)).current() + 10000);
            Projection before = project(plan);
            Projection after = project(plan.with(more));
            for (int m = 0; m < before.months(); m++) {
                assertThat(after.at(Line.CLOSING_CASH, m)).as("closing cash in month %d with %s", m, more)
                        .isGreaterThanOrEqualTo(before.at(Line.CLOSING_CASH, m) - 1e-6);
            }
        });
    }

    @Test
    void careDeliveredNeverExceedsDemandOrCapacityAndHeadcountsAreNeverNegative() {
        GeneratedPlans.check("hours within demand and capacity", PLANS, GeneratedPlans::draw, plan -> {
            Projection p = project(plan);
            Scenario s = p.scenario();
            for (int m = 0; m < p.months(); m++) {
                double delivered = p.at(Line.CONTACT_HOURS, m);
                // contact hours are part of the hours the care workers are rostered for
                double capacity = p.at(Line.CARE_WORKERS, m) * s.careWorkers().hoursPerWeek() * s.weeks().at(m);
                assertThat(delivered).as("month %d: delivered against demand", m)
                        .isLessThanOrEqualTo(p.at(Line.HOURS_DEMANDED, m) + 1e-9);
                assertThat(delivered).as("month %d: delivered against capacity %s", m, capacity)
                        .isLessThanOrEqualTo(capacity + 1e-9);
                assertThat(delivered + p.at(Line.UNMET_HOURS, m)).as("month %d: delivered + unmet = demanded", m)
                        .isCloseTo(p.at(Line.HOURS_DEMANDED, m), org.assertj.core.data.Offset.offset(1e-6));
                for (Line count : List.of(Line.CLIENTS, Line.CARE_WORKERS, Line.CARE_WORKERS_NEEDED, Line.HIRES,
                        Line.LEAVERS, Line.OFFICE_STAFF, Line.CONTACT_HOURS, Line.UNMET_HOURS)) {
                    assertThat(p.at(count, m)).as("month %d: %s", m, count).isGreaterThanOrEqualTo(0);
                }
            }
        });
    }

    /** The names of a record's double components (and its years') that are NaN or infinite. */
    private static List<String> nonFinite(Metrics m) {
        List<String> found = new ArrayList<>();
        collect(m, "", found);
        for (Metrics.Year y : m.years()) {
            collect(y, "years[" + y.year() + "].", found);
        }
        return found;
    }

    private static void collect(Record r, String prefix, List<String> found) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == double.class) {
                try {
                    double v = (double) c.getAccessor().invoke(r);
                    if (!Double.isFinite(v)) {
                        found.add(prefix + c.getName() + " = " + v);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Whether some client group pays the self-employed carer's own rate plus the platform fee. */
    private static boolean feeFollowsTheCarersRate(LoadedScenario loaded) {
        for (ScenarioFile.ClientStream c : loaded.scenario().clients()) {
            String path = "clients[" + (c.name() != null ? c.name() : c.stream().key()) + "].fee_per_hour";
            if (!Parameterised.of(loaded, path).note().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
