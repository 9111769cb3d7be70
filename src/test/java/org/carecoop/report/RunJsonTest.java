package org.carecoop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunJsonTest {
    /** JSON keeps six decimals: a figure read back is the model's within this. */
    private static final double ROUNDING = 1e-6;
    /** Identities hold to a thousandth of a penny. */
    private static final double PENNY_THOUSANDTH = 1e-5;

    @TempDir
    static Path dir;

    static RunResult run;
    static String text;
    static JsonNode json;

    @BeforeAll
    static void project() throws Exception {
        run = RunFixture.run(RunFixture.write(dir));
        text = RunJson.render(run);
        json = JsonMapper.builder().build().readTree(text);
    }

    @Test
    void hasTheTopLevelKeysInAStableOrder() {
        assertThat(json.propertyNames()).containsExactly("scenario", "variant", "currency", "provider", "start", "end",
                "metrics", "years", "groups", "warnings", "months");
        assertThat(json.get("scenario").asString()).isEqualTo(RunFixture.NAME);
        assertThat(json.get("variant").asString()).isEqualTo("base");
        assertThat(json.get("currency").asString()).isEqualTo("GBP");
        assertThat(json.get("provider").asString()).isEqualTo("worker-coop");
        assertThat(json.get("start").asString()).isEqualTo(RunFixture.START);
        assertThat(json.get("end").asString()).isEqualTo("2029-05");
    }

    @Test
    void hasOneObjectPerMonthStartingAtTheStartMonth() {
        JsonNode months = json.get("months");
        assertThat(months.size()).isEqualTo(12 * RunFixture.YEARS);
        assertThat(months.get(0).get("month").asString()).isEqualTo(RunFixture.START);
        assertThat(months.get(1).get("month").asString()).isEqualTo("2027-07");
        assertThat(months.get(months.size() - 1).get("month").asString()).isEqualTo("2029-05");
    }

    @Test
    void eachMonthHasTheSummaryKeysFirstThenEveryLine() {
        List<String> expected = new ArrayList<>(List.of("month", "clients", "contact_hours", "care_workers", "income",
                "costs", "surplus", "cash_in", "cash_out", "closing_cash"));
        for (Line line : Line.values()) {
            if (!expected.contains(line.key())) {
                expected.add(line.key());
            }
        }
        for (JsonNode month : json.get("months")) {
            assertThat(month.propertyNames()).containsExactlyElementsOf(expected);
            month.properties().stream().filter(e -> !e.getKey().equals("month"))
                    .forEach(e -> assertThat(e.getValue().isNumber()).as(e.getKey()).isTrue());
        }
    }

    @Test
    void monthFiguresAreTheProjections() {
        Projection p = run.projection();
        JsonNode months = json.get("months");
        for (int m = 0; m < p.months(); m++) {
            JsonNode month = months.get(m);
            for (Line line : Line.values()) {
                assertThat(month.get(line.key()).doubleValue()).as(line.key()).isCloseTo(p.at(line, m), within(ROUNDING));
            }
            assertThat(month.get("costs").doubleValue())
                    .isCloseTo(p.at(Line.OPERATING_COSTS, m) + p.at(Line.INTEREST, m), within(ROUNDING));
            assertThat(month.get("surplus").doubleValue()).isCloseTo(p.at(Line.SURPLUS_BEFORE_TAX, m), within(ROUNDING));
        }
    }

    @Test
    void closingCashIsTheNextMonthsOpeningCash() {
        JsonNode months = json.get("months");
        for (int m = 0; m + 1 < months.size(); m++) {
            assertThat(months.get(m).get("closing_cash").doubleValue()).as("month %d", m)
                    .isCloseTo(months.get(m + 1).get("opening_cash").doubleValue(), within(PENNY_THOUSANDTH));
        }
        for (JsonNode month : months) {
            double change = month.get("closing_cash").doubleValue() - month.get("opening_cash").doubleValue();
            assertThat(month.get("cash_in").doubleValue() - month.get("cash_out").doubleValue())
                    .isCloseTo(change, within(PENNY_THOUSANDTH));
        }
    }

    @Test
    void metricsAgreeWithTheModel() {
        Metrics m = run.metrics();
        JsonNode metrics = json.get("metrics");
        assertThat(metrics.get("cost_per_contact_hour").doubleValue()).isCloseTo(m.costPerContactHour(), within(ROUNDING));
        assertThat(metrics.get("surplus_margin").doubleValue()).isCloseTo(m.surplusMargin(), within(ROUNDING));
        assertThat(metrics.get("lowest_cash").doubleValue()).isCloseTo(m.lowestCash(), within(ROUNDING));
        assertThat(metrics.get("lowest_cash_month").asString())
                .isEqualTo(run.scenario().month(m.lowestCashMonth()).toString());
        assertMonth(metrics.get("break_even_month"), m.operatingBreakEvenMonth());
        assertMonth(metrics.get("cumulative_break_even_month"), m.cumulativeBreakEvenMonth());
        assertMonth(metrics.get("first_month_below_zero"), m.firstMonthBelowZero());
        assertThat(metrics.get("months_below_zero").intValue()).isEqualTo(m.monthsBelowZero());
        assertThat(metrics.get("funding_needed").doubleValue()).isCloseTo(m.fundingNeeded(), within(ROUNDING));
        assertThat(metrics.get("closing_cash").doubleValue()).isCloseTo(m.closingCash(), within(ROUNDING));
    }

    @Test
    void yearsFollowTheMetrics() {
        List<Metrics.Year> years = run.metrics().years();
        JsonNode array = json.get("years");
        assertThat(array.size()).isEqualTo(years.size()).isEqualTo(RunFixture.YEARS);
        for (int i = 0; i < years.size(); i++) {
            Metrics.Year y = years.get(i);
            JsonNode node = array.get(i);
            assertThat(node.get("year").intValue()).isEqualTo(y.year());
            assertThat(node.get("from").asString()).isEqualTo(y.from().toString());
            assertThat(node.get("income").doubleValue()).isCloseTo(y.income(), within(ROUNDING));
            assertThat(node.get("surplus_before_tax").doubleValue()).isCloseTo(y.surplusBeforeTax(), within(ROUNDING));
            assertThat(node.get("closing_cash").doubleValue()).isCloseTo(y.closingCash(), within(ROUNDING));
        }
    }

    @Test
    void groupsHaveMonthlyArrays() {
        JsonNode groups = json.get("groups");
        assertThat(groups.size()).isEqualTo(2);
        assertThat(groups.get(0).get("name").asString()).isEqualTo("council");
        assertThat(groups.get(1).get("name").asString()).isEqualTo("private");
        assertThat(groups.get(1).get("stream").asString()).isEqualTo("self-funded");
        Projection p = run.projection();
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            assertThat(group.propertyNames()).containsExactly("name", "stream", "clients", "contact_hours", "income",
                    "fee_per_hour");
            for (String key : List.of("clients", "contact_hours", "income", "fee_per_hour")) {
                assertThat(group.get(key).size()).as(key).isEqualTo(p.months());
            }
            for (int m = 0; m < p.months(); m++) {
                assertThat(group.get("income").get(m).doubleValue())
                        .isCloseTo(p.groups().get(g).income().at(m), within(ROUNDING));
            }
        }
    }

    @Test
    void warningsAreTheFindings() {
        List<String> warnings = new ArrayList<>();
        json.get("warnings").forEach(w -> warnings.add(w.asString()));
        assertThat(warnings).isEqualTo(Findings.of(run.scenario(), run.metrics())).isNotEmpty();
    }

    @Test
    void writesPlainNumbersAndUnixLineEnds() {
        assertThat(text).doesNotContain("NaN", "Infinity", "E+", "E-", "\r").endsWith("}\n");
        assertThat(RunJson.render(run)).isEqualTo(text);
    }

    @Test
    void undefinedFiguresAreNull() {
        assertThat(RunJson.decimal(Double.NaN)).isNull();
        assertThat(RunJson.decimal(Double.POSITIVE_INFINITY)).isNull();
        assertThat(RunJson.decimal(-0.0).toPlainString()).isEqualTo("0");
        assertThat(RunJson.decimal(-1e-9).toPlainString()).isEqualTo("0");
        assertThat(RunJson.decimal(1200).toPlainString()).isEqualTo("1200");
        assertThat(RunJson.decimal(1234.5600000000002).toPlainString()).isEqualTo("1234.56");
        assertThat(RunJson.decimal(12345678.9).toPlainString()).isEqualTo("12345678.9");
    }

    private void assertMonth(JsonNode node, int index) {
        if (index < 0) {
            assertThat(node.isNull()).isTrue();
        } else {
            assertThat(node.asString()).isEqualTo(run.scenario().month(index).toString());
        }
    }
}
