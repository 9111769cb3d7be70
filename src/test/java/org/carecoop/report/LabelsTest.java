package org.carecoop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carecoop.model.HourlyCost;
import org.carecoop.model.Line;
import org.carecoop.statutory.Nation;
import org.carecoop.statutory.Terms;
import org.junit.jupiter.api.Test;

/** Reports name lines in the plan's jurisdiction's words; the UK's are the lines' own labels, unchanged. */
class LabelsTest {
    private static final Terms UK = Nation.ENGLAND.terms();
    private static final Terms NYC = Nation.US_NEW_YORK_CITY.terms();
    /** A build-up with every line, at made-up figures: only the labels matter here. */
    private static final HourlyCost.BuildUp BUILD_UP = HourlyCost.of(
            new HourlyCost.Inputs(10, 2, 1, 1, 1, 1, 1, 1, 5, 0.5, 0, 0.03));

    @Test
    void everyUkLabelIsTheLinesOwn() {
        for (Nation n : Nation.values()) {
            if (n.terms() != UK) {
                continue;
            }
            for (Line line : Line.values()) {
                assertThat(Labels.line(line, n.terms())).as(line.key()).isEqualTo(line.label());
            }
            for (HourlyCost.CostLine line : BUILD_UP.lines()) {
                assertThat(Labels.costLine(line, n.terms())).as(line.key()).isEqualTo(line.label());
            }
            for (CompareReport.Share share : CompareReport.Share.values()) {
                assertThat(share.label(n.terms())).as(share.key()).isEqualTo(share.label());
            }
        }
    }

    @Test
    void newYorkLinesSpeakOfFicaAndCorporateIncomeTax() {
        assertThat(Labels.line(Line.CARE_WORKER_NI, NYC)).isEqualTo("Employer FICA (care workers)");
        assertThat(Labels.line(Line.OFFICE_NI, NYC)).isEqualTo("Employer FICA (office)");
        assertThat(Labels.line(Line.EMPLOYMENT_ALLOWANCE, NYC)).isEqualTo("Payroll tax relief (reduces employer FICA)");
        assertThat(Labels.line(Line.CARE_WORKER_PENSION, NYC)).isEqualTo("Employer retirement contributions (care workers)");
        assertThat(Labels.line(Line.HOLIDAY_PAY, NYC)).isEqualTo("Paid time off");
        assertThat(Labels.line(Line.TAX, NYC)).isEqualTo("Corporate income tax");
        assertThat(Labels.line(Line.PAYROLL_PAID, NYC)).isEqualTo("Pay, FICA and retirement contributions paid");
        assertThat(CompareReport.Share.TAX.label(NYC)).isEqualTo("corporate income tax");
        List<String> all = new java.util.ArrayList<>();
        for (Line line : Line.values()) {
            all.add(Labels.line(line, NYC));
        }
        BUILD_UP.lines().forEach(l -> all.add(Labels.costLine(l, NYC)));
        for (CompareReport.Share share : CompareReport.Share.values()) {
            all.add(share.label(NYC));
        }
        assertThat(all).noneMatch(l -> l.contains("National Insurance") || l.contains(" NI") || l.contains("NI,")
                || l.contains("Employment Allowance") || l.contains("Holiday") || l.contains("holiday")
                || l.contains("orporation tax") || l.contains("pension"));
    }
}
