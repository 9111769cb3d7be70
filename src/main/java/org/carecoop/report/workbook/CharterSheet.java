package org.carecoop.report.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.analysis.charter.Change;
import org.carecoop.analysis.charter.CharterResult;
import org.carecoop.analysis.charter.Finding;
import org.carecoop.model.HourlyCost;
import org.carecoop.report.CharterReport;
import org.carecoop.report.Formats;

/**
 * A plan against a charter on one sheet: the checklist (each requirement, met or not, what the plan does, the gap,
 * and the cost of meeting it alone), then the costing of the compliant plan against the plan as it is (each change
 * a formula of the two), the fee in that year on each basis (the extra cost passed through, the provider's current
 * margin kept, viable), the cost of an hour line by line with its
 * stacked chart, and the changes the compliant plan makes.
 */
final class CharterSheet {
    static final int TITLE_ROWS = 2;
    static final int HEADER_ROW = 3;
    static final List<String> HEADERS = List.of("Requirement", "Stage", "Met", "Extra per contact hour, alone",
            "Extra in the year, alone", "What the plan does", "The gap", "Source");
    static final int LAST_COL = HEADERS.size() - 1;
    private static final int CHART_ROWS = 18;

    /**
     * Where things are, for tests: the costing table's header row and its rows by label, the cost build-up's
     * header row, and the chart's title.
     */
    record Layout(int costingHeader, java.util.Map<String, Integer> costingRows, int buildUpHeader, String chartTitle) {}

    private CharterSheet() {}

    static Layout write(XSSFSheet sheet, CharterData data, Styles st) {
        CharterResult r = data.result();
        double[] widths = {34, 14, 14, 14, 14, 40, 60, 44};
        for (int c = 0; c < widths.length; c++) {
            Cells.width(sheet, c, widths[c]);
        }
        Cells.text(sheet, 0, 0, data.scenarioName() + ": " + r.charter().name(), st.title, st);
        Cells.text(sheet, 1, 0, "Checked against " + data.charterFile() + ", from " + data.scenarioFile() + " ("
                + r.base().variant() + "); yearly figures for plan year " + r.year() + " ("
                + Formats.planYear(r.yearFrom()) + "). Charter source: " + r.charter().source(), st.subtitle, st);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cells.text(sheet, HEADER_ROW, c, HEADERS.get(c), c >= 3 && c <= 4 ? st.headerRightWrap : st.header, st);
        }
        int row = HEADER_ROW + 1;
        for (Finding f : r.findings()) {
            Cells.text(sheet, row, 0, f.requirement().name(), st.textWrap, st);
            Cells.text(sheet, row, 1, f.requirement().stage(), st.text, st);
            Cells.text(sheet, row, 2, f.met() ? "yes" : "no", f.met() ? st.text : st.textHighlight, st);
            CharterResult.RequirementCost alone = r.costing() == null ? null : r.costing().byRequirement().stream()
                    .filter(a -> a.requirement().equals(f.requirement().name())).findFirst().orElse(null);
            if (alone != null) {
                Cells.number(sheet, row, 3, alone.extraPerContactHour(), st.pence);
                Cells.number(sheet, row, 4, alone.extraPerYear(), st.money);
            }
            Cells.text(sheet, row, 5, f.found(), st.textWrap, st);
            Cells.text(sheet, row, 6, f.gap(), st.textWrap, st);
            Cells.text(sheet, row, 7, f.requirement().source(), st.textWrap, st);
            row++;
        }
        Cells.text(sheet, row++, 0, r.met() + " of " + r.findings().size() + " requirements met.", st.note, st);
        CharterResult.Costing k = r.costing();
        if (k == null) {
            Cells.text(sheet, row + 1, 0, "The plan meets the charter as it is: nothing to cost.", st.text, st);
            sheet.createFreezePane(1, HEADER_ROW + 1);
            return new Layout(-1, java.util.Map.of(), -1, "");
        }
        row++;
        int costingHeader = row;
        // the costing and the fees on a printed page of their own, not split from their headings
        sheet.setRowBreak(row - 1);
        Cells.text(sheet, row, 0, "The cost of meeting the charter, plan year " + r.year(), st.header, st);
        Cells.text(sheet, row, 1, "As it is", st.headerRight, st);
        Cells.text(sheet, row, 2, "Compliant", st.headerRight, st);
        Cells.text(sheet, row, 3, "Change", st.headerRight, st);
        row++;
        java.util.Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        row = compare(sheet, row, rows, "Cost per contact hour", k.base().year().costPerContactHour(),
                k.compliant().year().costPerContactHour(), st.pence, st);
        row = compare(sheet, row, rows, "Operating costs in the year", k.base().year().operatingCosts(),
                k.compliant().year().operatingCosts(), st.money, st);
        row = compare(sheet, row, rows, "Contact hours in the year", k.base().year().contactHours(),
                k.compliant().year().contactHours(), st.hours, st);
        row = compare(sheet, row, rows, "Pay per hour of working time", k.base().payPerWorkingHour(),
                k.compliant().payPerWorkingHour(), st.pence, st);
        row = compare(sheet, row, rows, "Pay per care worker in the year", k.base().year().payPerCareWorker(),
                k.compliant().year().payPerCareWorker(), st.money, st);
        row = compare(sheet, row, rows, "Surplus before tax in the year", k.base().year().surplusBeforeTax(),
                k.compliant().year().surplusBeforeTax(), st.money, st);
        row = compare(sheet, row, rows, "Surplus margin in the year", k.base().margin(),
                k.compliant().margin(), st.percent, st);
        row++;

        // the fee in the year on each basis, a column each beside the plan as it is: the rise, each group's fee (a
        // formula of today's fee and the rise), the extra paid and the provider's surplus
        CharterResult.Fees fees = k.fees();
        List<String> groups = CharterReport.groupNames(r);
        List<Double> now = CharterReport.feesNow(r);
        Cells.text(sheet, row, 0, CharterReport.feeHeading(r), st.noteWrap, st);
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row, row, 0, LAST_COL));
        row++;
        int feeHeader = row;
        Cells.text(sheet, row, 0, "The fee in plan year " + r.year(), st.header, st);
        Cells.text(sheet, row, 1, "As it is", st.headerRightWrap, st);
        for (int i = 0; i < fees.answers().size(); i++) {
            Cells.text(sheet, row, 2 + i, CharterReport.feeShortLabel(fees.answers().get(i).basis()),
                    st.headerRightWrap, st);
        }
        row++;
        int riseRow = row;
        Cells.text(sheet, row, 0, "Rise an hour", st.text, st);
        for (int i = 0; i < fees.answers().size(); i++) {
            Cells.number(sheet, row, 2 + i, fees.answers().get(i).rise(), st.pence);
        }
        rows.put("Fee rise", row++);
        for (int g = 0; g < groups.size(); g++) {
            Cells.text(sheet, row, 0, groups.get(g) + " fee (" + r.yearFrom() + ")", st.text, st);
            Cells.number(sheet, row, 1, now.get(g), st.pence);
            for (int i = 0; i < fees.answers().size(); i++) {
                CharterResult.FeeAnswer a = fees.answers().get(i);
                if (a.found()) {
                    Cells.formula(sheet, row, 2 + i, Cells.ref(row, 1) + "+" + Cells.ref(riseRow, 2 + i),
                            a.groups().get(g).needed(), st.pence);
                } else {
                    Cells.number(sheet, row, 2 + i, Double.NaN, st.pence);
                }
            }
            rows.put("Fee for " + groups.get(g), row++);
        }
        Cells.text(sheet, row, 0, "Extra paid in the year", st.text, st);
        for (int i = 0; i < fees.answers().size(); i++) {
            Cells.number(sheet, row, 2 + i, fees.answers().get(i).extraSpend(), st.money);
        }
        rows.put("Extra paid in the year", row++);
        Cells.text(sheet, row, 0, "Surplus before tax in the year", st.text, st);
        Cells.number(sheet, row, 1, fees.baseSurplus(), st.money);
        for (int i = 0; i < fees.answers().size(); i++) {
            Cells.number(sheet, row, 2 + i, fees.answers().get(i).surplus(), st.money);
        }
        rows.put("Surplus at the fee", row++);
        Cells.text(sheet, row, 0, "Surplus margin in the year", st.text, st);
        Cells.number(sheet, row, 1, fees.baseMargin(), st.percent);
        for (int i = 0; i < fees.answers().size(); i++) {
            Cells.number(sheet, row, 2 + i, fees.answers().get(i).margin(), st.percent);
        }
        rows.put("Margin at the fee", row++);
        for (String note : CharterReport.feeNotes(r)) {
            Cells.text(sheet, row, 0, note, st.noteWrap, st);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row, row, 0, LAST_COL));
            row++;
        }
        rows.put("Fee header", feeHeader);
        if (!k.stillUnmet().isEmpty()) {
            Cells.text(sheet, row++, 0, "The compliant plan still does not meet: " + String.join(", ", k.stillUnmet()),
                    st.textWrap, st);
        }
        row++;

        // the cost of an hour line by line, as 'carecoop cost' builds it, and its chart
        int buildUpHeader = row;
        Cells.text(sheet, row, 0, "Cost of a contact hour, line by line", st.header, st);
        Cells.text(sheet, row, 1, "As it is", st.headerRight, st);
        Cells.text(sheet, row, 2, "Compliant", st.headerRight, st);
        Cells.text(sheet, row, 3, "Change", st.headerRight, st);
        row++;
        List<Integer> stack = new ArrayList<>();
        List<HourlyCost.CostLine> base = k.base().cost().buildUp().lines();
        List<HourlyCost.CostLine> compliant = k.compliant().cost().buildUp().lines();
        int firstLine = row;
        for (int i = 0; i < base.size(); i++) {
            Cells.text(sheet, row, 0, base.get(i).label(), st.text, st);
            Cells.number(sheet, row, 1, base.get(i).perHour(), st.pence);
            Cells.number(sheet, row, 2, compliant.get(i).perHour(), st.pence);
            Cells.formula(sheet, row, 3, Cells.ref(row, 2) + "-" + Cells.ref(row, 1),
                    compliant.get(i).perHour() - base.get(i).perHour(), st.pence);
            stack.add(row++);
        }
        // the build-up's price is a typical hour's cost with the target surplus on top, as 'carecoop cost' prints
        // it: labelled so that it is not quoted for the fees above, which come from the plan's own year
        Cells.text(sheet, row, 0, "Build-up price (" + Formats.percent(k.base().cost().surplusShare())
                + " surplus)", st.header, st);
        for (int c = 1; c <= 3; c++) {
            double cached = c == 1 ? k.base().cost().buildUp().price() : c == 2 ? k.compliant().cost().buildUp().price()
                    : k.compliant().cost().buildUp().price() - k.base().cost().buildUp().price();
            Cells.formula(sheet, row, c, "SUM(" + Cells.range(firstLine, c, row - 1, c) + ")", cached, st.penceBold);
        }
        rows.put("Price", row++);
        Cells.text(sheet, row, 0, "A typical hour's cost with the target surplus on top, as 'carecoop cost' builds it "
                + "for a settled care worker's week: not one of the fees above, which come from the plan's own year.",
                st.noteWrap, st);
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row, row, 0, 5));
        rows.put("Price note", row++);
        row++;
        String title = "Cost of a contact hour: as it is and compliant";
        Charts.stacked(sheet.createDrawingPatriarch(), data.currency(), 0, row, 6, row + CHART_ROWS, title,
                new Charts.Table(sheet, buildUpHeader, 0, 1, 2, stack));
        row += CHART_ROWS + 1;

        Cells.text(sheet, row, 0, "The compliant plan's changes (each usable as --set PATH=VALUE)", st.header, st);
        Cells.text(sheet, row++, 5, "What it does", st.header, st);
        for (Change c : k.changes()) {
            Cells.text(sheet, row, 0, c.override(), st.textLiteral, st);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row, row, 0, 4));
            Cells.text(sheet, row++, 5, c.why(), st.textWrap, st);
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
        return new Layout(costingHeader, rows, buildUpHeader, title);
    }

    /** A row of the costing: the two figures and their difference as a formula. */
    private static int compare(XSSFSheet sheet, int row, java.util.Map<String, Integer> rows, String label, double base,
                               double compliant, XSSFCellStyle style, Styles st) {
        Cells.text(sheet, row, 0, label, st.text, st);
        Cells.number(sheet, row, 1, base, style);
        Cells.number(sheet, row, 2, compliant, style);
        if (Double.isFinite(base) && Double.isFinite(compliant)) {
            Cells.formula(sheet, row, 3, Cells.ref(row, 2) + "-" + Cells.ref(row, 1), compliant - base, style);
        } else {
            Cells.number(sheet, row, 3, Double.NaN, style);
        }
        rows.put(label, row);
        return row + 1;
    }
}
