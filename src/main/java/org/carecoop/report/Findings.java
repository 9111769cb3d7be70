package org.carecoop.report;

import java.util.ArrayList;
import java.util.List;
import org.carecoop.model.Metrics;
import org.carecoop.model.Scenario;
import org.carecoop.statutory.StatutoryPack;

/** Plain-language warnings about a projection's results, for the terminal and the reports. */
public final class Findings {
    private Findings() {}

    public static List<String> of(Scenario scenario, Metrics m) {
        String c = scenario.currency();
        List<String> found = new ArrayList<>();
        if (m.firstMonthBelowZero() >= 0) {
            found.add("cash falls below zero in " + Formats.month(scenario, m.firstMonthBelowZero()) + " ("
                    + m.monthsBelowZero() + " month" + (m.monthsBelowZero() == 1 ? "" : "s") + " in all; lowest "
                    + Formats.money(c, m.lowestCash()) + " in " + Formats.month(scenario, m.lowestCashMonth())
                    + "): at least " + Formats.money(c, m.fundingNeeded()) + " more funding would cover it");
        }
        if (m.monthsBelowWageFloor() > 0) {
            found.add("pay falls below " + careWorkerMinimum(scenario, m) + " once travel time is counted, in "
                    + m.monthsBelowWageFloor() + " month" + (m.monthsBelowWageFloor() == 1 ? "" : "s") + " (lowest "
                    + Formats.pence(c, m.lowestEffectivePay()) + " an hour in "
                    + Formats.month(scenario, m.lowestEffectivePayMonth()) + ")");
        }
        if (m.unmetHours() > 0.5) {
            found.add(Formats.number(m.unmetHours(), 0) + " hours of care demanded cannot be delivered: "
                    + "not enough care workers can be recruited");
        }
        if (m.operatingBreakEvenMonth() < 0) {
            found.add("the plan never reaches a lasting operating surplus");
        }
        if (m.contactHours() <= 0) {
            found.add("no care is delivered: check the clients' start months, targets and hours");
        }
        return found;
    }

    /**
     * The legal minimum for care workers the plan's pay falls below, in the jurisdiction's words: "the National
     * Living Wage"; in New York City "the New York home care aide minimum wage".
     */
    public static String careWorkerMinimum(Scenario scenario, Metrics m) {
        StatutoryPack pack = scenario.statutory().get(Math.max(0, m.lowestEffectivePayMonth()));
        return pack.nation().terms().floorName(pack.careWorkerMinimumFloor());
    }
}
