package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParamsTest {
    @TempDir
    Path dir;

    private Map<String, Params.Row> rows(String yaml, String variant, List<String> overrides) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.yaml"), yaml);
        return Params.list(ScenarioLoader.load(file, variant, overrides)).stream()
                .collect(Collectors.toMap(Params.Row::path, Function.identity()));
    }

    private Map<String, Params.Row> rows(String yaml) throws IOException {
        return rows(yaml, null, List.of());
    }

    @Test
    void aWrittenValueShowsWhereItWasWritten() throws IOException {
        Params.Row fee = rows(ScenarioLoaderTest.MINIMAL).get("clients[council].fee_per_hour");
        assertThat(fee).isEqualTo(new Params.Row("clients[council].fee_per_hour", "24.10", "GBP/hour",
                dir.resolve("plan.yaml") + ":9:19", ""));
    }

    @Test
    void aDefaultShowsDefaultAndItsSource() throws IOException {
        Map<String, Params.Row> rows = rows(ScenarioLoaderTest.MINIMAL);
        assertThat(rows.get("care_workers.turnover")).isEqualTo(new Params.Row("care_workers.turnover", "28.5%", "%/year",
                "default", "Skills for Care, care workers' turnover 2024-25"));
        assertThat(rows.get("care_workers.recruitment_cost")).isEqualTo(new Params.Row("care_workers.recruitment_cost",
                "3600", "GBP", "default", "Skills for Care estimate"));
        assertThat(rows.get("clients[council].ramp_months").origin()).isEqualTo("default");
        assertThat(rows.get("clients[council].ramp_months").source()).isEqualTo("assumption");
    }

    @Test
    void anUnsetOptionalValueIsNotListed() throws IOException {
        assertThat(rows(ScenarioLoaderTest.MINIMAL)).doesNotContainKey("care_workers.mileage_rate")
                .doesNotContainKey("clients[council].name");
    }

    @Test
    void everyPathListedCanBeSet() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.yaml"), ScenarioLoaderTest.MINIMAL);
        LoadedScenario loaded = ScenarioLoader.load(file);
        for (Params.Row row : Params.list(loaded)) {
            ParamPath path = ParamPath.parse(row.path());
            assertThat(Tree.set(loaded.tree(), path, new Node.Scalar("1", Node.Scalar.Type.INTEGER,
                    Source.commandLine("test")), Source.commandLine("test"))).as(row.path()).isNotNull();
        }
    }

    @Test
    void anOverrideShowsTheOverrideAsItsOrigin() throws IOException {
        Params.Row turnover = rows(ScenarioLoaderTest.MINIMAL, null, List.of("care_workers.turnover=12%"))
                .get("care_workers.turnover");
        assertThat(turnover.value()).isEqualTo("12%");
        assertThat(turnover.origin()).isEqualTo("--set care_workers.turnover=12%");
        assertThat(turnover.source()).isEmpty();
    }

    @Test
    void aVariantsChangeShowsTheLineOfTheVariant() throws IOException {
        String yaml = ScenarioLoaderTest.MINIMAL + "variants:\n  cheaper:\n    clients[council].fee_per_hour: 22.71\n";
        Params.Row fee = rows(yaml, "cheaper", List.of()).get("clients[council].fee_per_hour");
        assertThat(fee.value()).isEqualTo("22.71");
        assertThat(fee.origin()).isEqualTo(dir.resolve("plan.yaml") + ":14:36");
    }

    @Test
    void statutoryFiguresForEnglandIn2026To27() throws IOException {
        Map<String, Params.Row> rows = rows(ScenarioLoaderTest.MINIMAL);
        Params.Row nlw = rows.get("statutory.national_living_wage");
        assertThat(nlw.value()).isEqualTo("12.71");
        assertThat(nlw.unit()).isEqualTo("GBP/hour");
        assertThat(nlw.origin()).isEqualTo("statutory pack (england)");
        assertThat(nlw.source()).contains("gov.uk");
        Params.Row rlw = rows.get("statutory.real_living_wage");
        assertThat(rlw.value()).isEqualTo("13.45");
        assertThat(rlw.source()).contains("Living Wage Foundation");
    }

    @Test
    void aStatutoryFigureCanBeReplacedByTheScenario() throws IOException {
        Params.Row nlw = rows(ScenarioLoaderTest.MINIMAL + "statutory:\n  national_living_wage: 13.00\n")
                .get("statutory.national_living_wage");
        assertThat(nlw.value()).isEqualTo("13");
        assertThat(nlw.origin()).isEqualTo(dir.resolve("plan.yaml") + ":13:25");
        assertThat(nlw.source()).isEqualTo("the scenario's own figure");
    }

    @Test
    void aPlanAcrossTaxYearsShowsEachYearsFigure() throws IOException {
        Params.Row nlw = rows(ScenarioLoaderTest.MINIMAL.replace("years: 1", "years: 2").replace("2026-04", "2025-04"))
                .get("statutory.national_living_wage");
        assertThat(nlw.value()).isEqualTo("{2025-04: 12.21, 2026-04: 12.71}");
    }
}
