package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The property harness itself: its plans are valid and varied, and a failing property is caught and shrunk. */
class GeneratedPlansTest {
    private static final Path START_UP = Path.of("scenarios/start-up-worker-coop.yaml");

    @Test
    void drawsAreValidPlansThatDiffer() {
        Random random = new Random(1);
        GeneratedPlans.Plan a = GeneratedPlans.draw(random, START_UP);
        GeneratedPlans.Plan b = GeneratedPlans.draw(random, START_UP);
        assertThat(a.overrides()).isNotEmpty().isNotEqualTo(b.overrides());
        assertThat(a.load().scenario().scenario()).isEqualTo("Start-up worker co-op, town home care plan");
    }

    @Test
    void aFailingPropertyIsReportedWithTheFewestOverridesThatStillFail() {
        // false whenever a draw moves the council fee; shrinking must keep that override and drop the rest
        assertThatThrownBy(() -> GeneratedPlans.check("council fee as shipped", 200, r -> GeneratedPlans.draw(r, START_UP),
                plan -> assertThat(plan.overrides()).noneMatch(o -> o.startsWith("clients[council].fee_per_hour="))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("council fee as shipped fails on draw")
                .hasMessageMatching("(?s).*as still fail: \\S+ --set 'clients\\[council]\\.fee_per_hour=[0-9.]+'\n.*");
    }
}
