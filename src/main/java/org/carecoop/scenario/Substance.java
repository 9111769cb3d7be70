package org.carecoop.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Whether a plan, as the user asked for it, has anything to model: clients who are ever there, hours of
 * care to deliver them, and a fee for that care. A plan without one of these is well formed, but every
 * figure per hour or per pound of income is then a division by zero, and a surplus of nothing "breaks
 * even" at once; such a plan is refused with the reason rather than shown as a row of n/a.
 *
 * <p>This is a check of the plan the user named (the base plan or a variant, with its overrides), not of
 * the points an analysis visits: a solver or grid may well pass through no clients or a fee of zero on
 * its way to an answer.
 */
public final class Substance {
    private Substance() {}

    /** Throws the first reason the loaded plan cannot be modelled, on one line; returns it when it can. */
    public static LoadedScenario check(LoadedScenario loaded) {
        problem(loaded).ifPresent(p -> {
            throw new ScenarioException(List.of(p));
        });
        return loaded;
    }

    /** The first reason a plan cannot be modelled, if there is one. */
    static Optional<Problem> problem(LoadedScenario loaded) {
        ScenarioFile s = loaded.scenario();
        Node.MapNode tree = loaded.tree();
        List<ScenarioFile.ClientStream> groups = s.clients();
        if (groups.isEmpty()) {
            // the format's own check reports an empty list
            return Optional.empty();
        }
        List<ScenarioFile.ClientStream> withClients = groups.stream()
                .filter(c -> c.target() > 0 || c.clientsAtStart() > 0).toList();
        if (withClients.isEmpty()) {
            // placed at the first group's target: where a variant or --set made it zero, or where it was written
            String at = at(groups.get(0)) + ".target";
            return Optional.of(new Problem(Tree.locate(tree, at), at,
                    "no group ever has any clients (every target and clients_at_start is 0), so there is no care to "
                            + "cost and no income to compare it with",
                    "a target above zero for at least one group, such as target: 60"));
        }
        List<ScenarioFile.ClientStream> withCare = withClients.stream().filter(c -> c.hoursPerWeek() > 0).toList();
        if (withCare.isEmpty()) {
            String at = at(withClients.get(0)) + ".hours_per_week";
            return Optional.of(new Problem(Tree.locate(tree, at), at,
                    "no care is ever delivered: every group with clients has 0 hours a week, so there is no cost "
                            + "of an hour of care to work out",
                    "hours of care a week for each client above zero, such as hours_per_week: 9"));
        }
        if (withCare.stream().allMatch(Substance::neverCharged)) {
            String at = at(withCare.get(0)) + ".fee_per_hour";
            return Optional.of(new Problem(Tree.locate(tree, at), at,
                    "no fee is ever charged: fee_per_hour is 0 for every group that receives care, so the plan has "
                            + "no income and no margin to show",
                    "a fee above zero for at least one group, such as fee_per_hour: 24.10"));
        }
        return Optional.empty();
    }

    /** True when a group's fee is zero in every month: 0, or dated values that are all 0. */
    private static boolean neverCharged(ScenarioFile.ClientStream group) {
        Schedule fee = group.feePerHour();
        if (fee == null || fee.isWord()) {
            return false;
        }
        return fee.constant() != null ? fee.constant() == 0 : fee.dated().values().stream().allMatch(v -> v == 0);
    }

    private static String at(ScenarioFile.ClientStream group) {
        return "clients[" + (group.name() != null ? group.name() : group.stream().key()) + "]";
    }
}
