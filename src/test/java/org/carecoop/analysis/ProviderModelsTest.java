package org.carecoop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioException;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** What each provider model's own parameters do. */
class ProviderModelsTest {
    private static final Path PROVIDERS = Path.of("scenarios/provider-comparison.yaml");

    private static Projection project(String variant, String... overrides) {
        LoadedScenario l = ScenarioLoader.load(PROVIDERS, variant, List.of(overrides));
        return RunResult.of(Resolver.resolve(l), l.variantLabel()).projection();
    }

    @Test
    void memberClassesPayTheirSharesInAndHoldTheirVotes() {
        Projection p = project("multi-stakeholder");
        // 150 x 1 + 200 x 1 + 300 x 10 + 20 x 1,000 = 23,350 paid in the first month
        assertThat(p.at(Line.SHARE_CAPITAL_IN, 0)).isCloseTo(23350, within(1e-9));
        assertThat(p.at(Line.SHARE_CAPITAL, 0)).isCloseTo(23350, within(1e-9));
        assertThat(p.scenario().provider().investorVoteShare()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void investorsAboveTheirVoteCapAreRefused() {
        assertThatThrownBy(() -> ScenarioLoader.load(PROVIDERS, "multi-stakeholder",
                List.of("provider.investor_vote_cap=5%")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("investor members hold 10% of the votes, above the cap of 5%");
    }

    @Test
    void votesMustAddUpToAHundredPercent() {
        assertThatThrownBy(() -> ScenarioLoader.load(PROVIDERS, "multi-stakeholder",
                List.of("provider.member_classes[workers].votes=50%")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("the classes' votes add up to 110%");
    }

    @Test
    void governanceTimeIsPaidAndTakesTimeFromVisits() {
        Projection without = project(null);
        Projection with = project(null, "provider.governance_hours_per_month=2");
        // 2 more paid hours per care worker a month: more care workers for the same visits, more pay for
        // meetings, the same contact hours
        assertThat(with.at(Line.CONTACT_HOURS, 24)).isCloseTo(without.at(Line.CONTACT_HOURS, 24), within(1e-6));
        assertThat(with.at(Line.CARE_WORKERS, 24)).isGreaterThan(without.at(Line.CARE_WORKERS, 24));
        double workers = with.at(Line.CARE_WORKERS, 24);
        double extraHours = with.at(Line.TRAINING_HOURS, 24) - without.at(Line.TRAINING_HOURS, 24);
        // at least the 2 hours for each care worker (more, since there are more care workers to train)
        assertThat(extraHours).isGreaterThanOrEqualTo(2 * workers - 1e-6);
    }

    @Test
    void theTargetMarginIsTheSurplusInTheHourlyPrice() {
        Projection p = project("for-profit", "provider.target_margin=5%");
        assertThat(p.scenario().provider().targetMargin()).isCloseTo(0.05, within(1e-12));
        CostOfCare cost = CostOfCare.of(p, 5, p.scenario().provider().targetMargin());
        assertThat(cost.buildUp().surplus()).isCloseTo(0.05 * cost.buildUp().price(), within(1e-9));
    }

    @Test
    void aCouncilServicePaysNoTaxAndClaimsNoEmploymentAllowance() {
        Projection p = project("council-in-house");
        assertThat(p.get(Line.TAX).sum()).isZero();
        assertThat(p.get(Line.EMPLOYMENT_ALLOWANCE).sum()).isZero();
        assertThat(p.get(Line.CENTRAL_RECHARGES).sum()).isCloseTo(0.08 * p.get(Line.INCOME).sum(), within(1e-6));
        assertThat(p.get(Line.WORKER_DIVIDEND).sum() + p.get(Line.OWNER_DIVIDEND).sum()).isZero();
    }
}
