package org.carecoop.report.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.HourlyCost;
import org.carecoop.model.Scenario;
import org.carecoop.report.Labels;
import org.carecoop.statutory.Terms;
import org.carecoop.report.Formats;

/**
 * The cost of a contact hour in the Homecare Association's structure: first each variant at the plan's
 * own mix of visits side by side, then each variant by visit length, then each client group's fee
 * against the full cost. The lines are the model's figures; the totals are formulas over them (care
 * worker costs, the surplus at its share of the price, the price, the full cost), so a reader can change
 * a line and see the price follow.
 */
final class CostSheet {
    static final int LABEL_COL = 0;
    static final int FIRST_COL = 1;
    private static final String SURPLUS = "surplus";

    /** One table of build-ups: its header row, the row of each line, and the rows of the totals. */
    record Block(int headerRow, int firstCol, int columns, Map<String, Integer> lineRows, int careTotalRow,
                 int priceRow, int fullCostRow) {
        int lastCol() {
            return firstCol + columns - 1;
        }

        /** The lines a stacked chart shows (each cost line, not the totals). */
        List<Integer> stackRows() {
            return List.copyOf(lineRows.values());
        }
    }

    /** Where the tables are, for the Summary and the charts. */
    record Layout(String sheetName, Block byVariant, List<Block> byVisit) {}

    private CostSheet() {}

    static Layout write(XSSFSheet sheet, WorkbookData data, Styles st) {
        List<WorkbookData.Variant> variants = data.variants();
        CostOfCare first = variants.get(0).cost();
        Scenario s = variants.get(0).run().scenario();
        int year = first.year();
        // versions that start in different years (one a year, say) are costed in different tax years: each says its own
        boolean oneYear = variants.stream().map(v -> costedYear(v)).distinct().count() == 1;
        Cells.text(sheet, 0, 0, data.scenarioName() + ": cost of a contact hour, plan year " + year + " ("
                + (oneYear ? Formats.planYear(s.month((year - 1) * 12)) : "each version's own, under its name") + ")",
                st.title, st);
        Cells.text(sheet, 1, 0, "Care worker costs are for a typical care worker; business costs are the plan's own for "
                + "the year, per contact hour delivered. Totals are formulas over the lines above them.", st.subtitle, st);

        int row = 3;
        MonthlySheet.groupHeading(sheet, row++, "At each plan's own mix of visits", variants.size(), st);
        List<String> headers = new ArrayList<>();
        List<HourlyCost.BuildUp> buildUps = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (WorkbookData.Variant v : variants) {
            headers.add(v.label() + "\n(" + (oneYear ? "" : costedYear(v) + ", ")
                    + Formats.number(v.cost().averageVisitMinutes(), 0) + "-min average)");
            buildUps.add(v.cost().buildUp());
            shares.add(v.cost().surplusShare());
        }
        Block byVariant = block(sheet, row, headers, buildUps, shares, Labels.terms(s), st);
        row = byVariant.fullCostRow() + 3;

        List<Block> byVisit = new ArrayList<>();
        for (WorkbookData.Variant v : variants) {
            MonthlySheet.groupHeading(sheet, row++, "By visit length: " + v.label(), CostOfCare.VISIT_LENGTHS.size(), st);
            List<String> h = new ArrayList<>();
            List<HourlyCost.BuildUp> b = new ArrayList<>();
            List<Double> sh = new ArrayList<>();
            for (CostOfCare.VisitLength visit : v.cost().byVisit()) {
                h.add(visit.minutes() + "-min visits");
                b.add(visit.buildUp());
                sh.add(v.cost().surplusShare());
            }
            Block block = block(sheet, row, h, b, sh, Labels.terms(v.run().scenario()), st);
            byVisit.add(block);
            row = block.fullCostRow() + 3;
        }

        MonthlySheet.groupHeading(sheet, row++, "Fees against the full cost", 5, st);
        String[] feeHeaders = {"Client group", "Variant", "Visit minutes", "Fee per hour", "Full cost per hour",
            "Surplus per hour (deficit below zero)"};
        for (int c = 0; c < feeHeaders.length; c++) {
            Cells.text(sheet, row, c, feeHeaders[c], c < 2 ? st.header : st.headerRight, st);
        }
        row++;
        for (int i = 0; i < variants.size(); i++) {
            WorkbookData.Variant v = variants.get(i);
            String fullCost = Cells.ref(byVariant.fullCostRow(), byVariant.firstCol() + i);
            for (CostOfCare.GroupMargin g : v.cost().groups()) {
                Cells.text(sheet, row, 0, g.name(), st.text, st);
                Cells.text(sheet, row, 1, v.label(), st.text, st);
                Cells.number(sheet, row, 2, g.visitMinutes(), st.integer);
                Cells.number(sheet, row, 3, g.fee(), st.pence);
                Cells.formula(sheet, row, 4, fullCost, g.fullCost(), st.pence);
                Cells.formula(sheet, row, 5, Cells.ref(row, 3) + "-" + Cells.ref(row, 4), g.marginPerHour(), st.pence);
                row++;
            }
        }

        Cells.width(sheet, LABEL_COL, 44);
        int widest = Math.max(variants.size(), Math.max(CostOfCare.VISIT_LENGTHS.size(), feeHeaders.length - 1));
        for (int c = FIRST_COL; c <= widest; c++) {
            Cells.width(sheet, c, 20);
        }
        sheet.createFreezePane(1, 3);
        return new Layout(sheet.getSheetName(), byVariant, byVisit);
    }

    /**
     * A table of build-ups side by side: the care worker lines and their SUM; business costs and the
     * Employment Allowance; the surplus (price x share); the price ((costs) / (1 - share)); the full cost
     * before surplus; the surplus share itself. Business costs here are money per hour, not a share of the
     * price, which is how {@link CostOfCare} builds them, so the price formula is exact.
     */
    private static Block block(XSSFSheet sheet, int headerRow, List<String> headers, List<HourlyCost.BuildUp> buildUps,
                               List<Double> shares, Terms terms, Styles st) {
        Cells.text(sheet, headerRow, LABEL_COL, "Per contact hour", st.header, st);
        for (int i = 0; i < headers.size(); i++) {
            Cells.text(sheet, headerRow, FIRST_COL + i, headers.get(i), st.headerRightWrap, st);
        }
        List<HourlyCost.CostLine> lines = buildUps.get(0).lines();
        List<HourlyCost.CostLine> care = lines.stream().filter(HourlyCost.CostLine::careWorkerCost).toList();
        List<HourlyCost.CostLine> business = lines.stream()
                .filter(l -> !l.careWorkerCost() && !l.key().equals(SURPLUS)).toList();
        int n = headers.size();
        Map<String, Integer> lineRows = new LinkedHashMap<>();

        int row = headerRow + 1;
        int firstCare = row;
        for (HourlyCost.CostLine line : care) {
            valueRow(sheet, row, line, buildUps, terms, st);
            lineRows.put(line.key(), row++);
        }
        int careTotal = row++;
        int firstBusiness = row;
        for (HourlyCost.CostLine line : business) {
            valueRow(sheet, row, line, buildUps, terms, st);
            lineRows.put(line.key(), row++);
        }
        int lastBusiness = row - 1;
        int surplusRow = row++;
        int priceRow = row++;
        int fullCostRow = row++;
        int shareRow = row;
        lineRows.put(SURPLUS, surplusRow);

        Cells.text(sheet, careTotal, LABEL_COL, "Care worker costs", st.header, st);
        Cells.text(sheet, surplusRow, LABEL_COL, label(lines, SURPLUS), st.text, st);
        Cells.text(sheet, priceRow, LABEL_COL, "Price per contact hour", st.header, st);
        Cells.text(sheet, fullCostRow, LABEL_COL, "Full cost before surplus", st.text, st);
        Cells.text(sheet, shareRow, LABEL_COL, "Surplus as a share of the price", st.text, st);
        for (int i = 0; i < n; i++) {
            int col = FIRST_COL + i;
            HourlyCost.BuildUp b = buildUps.get(i);
            String share = Cells.ref(shareRow, col);
            String price = Cells.ref(priceRow, col);
            Cells.formula(sheet, careTotal, col, "SUM(" + Cells.range(firstCare, col, careTotal - 1, col) + ")",
                    b.careWorkerCost(), st.penceBold);
            Cells.formula(sheet, surplusRow, col, price + "*" + share, b.surplus(), st.pence);
            String costs = Cells.ref(careTotal, col) + (lastBusiness >= firstBusiness
                    ? "+SUM(" + Cells.range(firstBusiness, col, lastBusiness, col) + ")" : "");
            Cells.formula(sheet, priceRow, col, "(" + costs + ")/(1-" + share + ")", b.price(), st.penceBold);
            Cells.formula(sheet, fullCostRow, col, price + "-" + Cells.ref(surplusRow, col), b.price() - b.surplus(),
                    st.pence);
            Cells.number(sheet, shareRow, col, shares.get(i), st.percent);
        }
        return new Block(headerRow, FIRST_COL, n, lineRows, careTotal, priceRow, fullCostRow);
    }

    private static void valueRow(XSSFSheet sheet, int row, HourlyCost.CostLine line, List<HourlyCost.BuildUp> buildUps,
                                 Terms terms, Styles st) {
        Cells.text(sheet, row, LABEL_COL, Labels.costLine(line, terms), st.text, st);
        for (int i = 0; i < buildUps.size(); i++) {
            Cells.number(sheet, row, FIRST_COL + i, buildUps.get(i).line(line.key()), st.pence);
        }
    }

    private static String label(List<HourlyCost.CostLine> lines, String key) {
        return lines.stream().filter(l -> l.key().equals(key)).map(HourlyCost.CostLine::label).findFirst().orElse(key);
    }

    /** The tax year a version is costed in, such as 2025-26. */
    private static String costedYear(WorkbookData.Variant v) {
        return Formats.planYear(v.run().scenario().month((v.cost().year() - 1) * 12));
    }
}
