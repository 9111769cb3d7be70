package org.carecoop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMarkdownTest {
    @TempDir
    Path dir;

    @Test
    void isAShortReportWithTheTablesWarningsAndAssumptionsNote() throws Exception {
        RunResult run = RunFixture.run(RunFixture.write(dir));
        String md = RunMarkdown.render(run);
        assertThat(md).startsWith("# " + RunFixture.NAME + "\n");
        assertThat(md).contains("## What was modelled", "from 2027-06 to 2029-05", "worker-coop", "council:",
                "private (self-funded):", "7.5 hours a week");
        assertThat(md).contains("## Headline measures", "| Cost per contact hour | "
                + Formats.pence("GBP", run.metrics().costPerContactHour()));
        assertThat(md).contains("## By year", "| year | clients | care workers |", "| 2027-06 to 2028-05 |",
                "| 2028-06 to 2029-05 |");
        assertThat(md).contains("## Warnings", "- Cash falls below zero in ");
        assertThat(md).contains("\"assumption\"", "check");
    }

    @Test
    void namesTheVariant() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(RunFixture.write(dir), "lower-fee", List.of());
        String md = RunMarkdown.render(RunResult.of(Resolver.resolve(loaded), loaded.variantLabel()));
        assertThat(md).startsWith("# " + RunFixture.NAME + " (variant: lower-fee)\n").contains("£21.00 an hour");
    }

    @Test
    void escapesScenarioText() {
        assertThat(RunMarkdown.escape("A | b *c* #1")).isEqualTo("A \\| b \\*c\\* \\#1");
    }
}
