package org.carecoop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.HourlyCost;
import org.carecoop.model.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostCsvTest {
    @TempDir
    Path dir;

    @Test
    void oneRowPerCostLineAndAColumnPerVisitLength() throws Exception {
        CostOfCare cost = RunFixture.report(RunFixture.write(dir)).cost();
        String csv = CostCsv.render(cost);
        List<String> rows = List.of(csv.split("\r\n"));
        assertThat(rows.get(0)).isEqualTo("line,label,plan_mix,visits_15_min,visits_30_min,visits_45_min,visits_60_min");
        HourlyCost.BuildUp b = cost.buildUp();
        // every line, then the care worker subtotal, the price and the full cost
        assertThat(rows).hasSize(1 + b.lines().size() + 3);
        // a label with a comma is quoted: count the commas outside quotes
        assertThat(rows).allSatisfy(r -> assertThat(r.replaceAll("\"[^\"]*\"", "label").split(",", -1))
                .hasSize(3 + CostOfCare.VISIT_LENGTHS.size()));
        assertThat(csv).contains("\r\nother_paid_time,\"Training, meetings and other paid time\",");
        List<String> keys = rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(','))).toList();
        assertThat(keys).containsSubsequence("contact_pay", "other_paid_time", "care_worker_costs", "business_costs",
                "surplus", "price", "full_cost");
        assertThat(rows.get(1)).isEqualTo("contact_pay,Pay for contact time," + money(b.line("contact_pay")) + ","
                + String.join(",", cost.byVisit().stream().map(v -> money(v.buildUp().line("contact_pay"))).toList()));
        String price = rows.stream().filter(r -> r.startsWith("price,")).findFirst().orElseThrow();
        assertThat(price).startsWith("price,Price per contact hour," + money(b.price()) + ",")
                .endsWith("," + money(cost.byVisit().get(3).buildUp().price()));
        String fullCost = rows.stream().filter(r -> r.startsWith("full_cost,")).findFirst().orElseThrow();
        assertThat(fullCost).contains("," + money(b.price() - b.surplus()) + ",");
        assertThat(csv).endsWith("\r\n");
    }

    private static String money(double value) {
        return RunCsv.number(value, Line.Unit.MONEY);
    }
}
