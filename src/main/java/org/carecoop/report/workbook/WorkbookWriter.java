package org.carecoop.report.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.report.AtomicFiles;

/**
 * Writes a scenario's runs as an .xlsx workbook: Summary, Charts, Assumptions, Cost per hour, then an
 * Annual and a Monthly sheet for each variant. Monthly sheets hold the model's figures; everything that
 * adds them up is a formula with the model's figure as its cached value, and the workbook asks to be
 * recalculated when opened, so a reader's edits flow through.
 */
public final class WorkbookWriter {
    static final String SUMMARY = "Summary";
    static final String CHARTS = "Charts";
    static final String ASSUMPTIONS = "Assumptions";
    static final String COST = "Cost per hour";

    private WorkbookWriter() {}

    /** Writes the workbook to {@code target} whole or not at all (see {@link AtomicFiles}). */
    public static void write(WorkbookData data, Path target) {
        try (XSSFWorkbook wb = build(data)) {
            AtomicFiles.write(target, wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook in memory; the caller closes it. */
    static XSSFWorkbook build(WorkbookData data) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            Styles st = new Styles(wb, data.currency());
            SheetNames names = new SheetNames();
            XSSFSheet summary = wb.createSheet(names.take(SUMMARY));
            XSSFSheet charts = wb.createSheet(names.take(CHARTS));
            XSSFSheet assumptions = wb.createSheet(names.take(ASSUMPTIONS));
            XSSFSheet cost = wb.createSheet(names.take(COST));
            List<XSSFSheet> annualSheets = new ArrayList<>();
            List<XSSFSheet> monthlySheets = new ArrayList<>();
            for (WorkbookData.Variant v : data.variants()) {
                annualSheets.add(wb.createSheet(names.take("Annual " + v.label())));
            }
            for (WorkbookData.Variant v : data.variants()) {
                monthlySheets.add(wb.createSheet(names.take("Monthly " + v.label())));
            }

            List<MonthlySheet.Layout> monthly = new ArrayList<>();
            List<AnnualSheet.Layout> annual = new ArrayList<>();
            for (int i = 0; i < data.variants().size(); i++) {
                WorkbookData.Variant v = data.variants().get(i);
                MonthlySheet.Layout m = MonthlySheet.write(monthlySheets.get(i), data.scenarioName(), v, st);
                monthly.add(m);
                annual.add(AnnualSheet.write(annualSheets.get(i), data.scenarioName(), v, m, st));
            }
            CostSheet.Layout costLayout = CostSheet.write(cost, data, st);
            SummarySheet.write(summary, data, monthly, costLayout, st);
            AssumptionsSheet.write(assumptions, data, st);
            Charts.write(charts, data, monthly, annual, costLayout, st);

            for (XSSFSheet sheet : List.of(summary, charts, assumptions, cost)) {
                printLandscapeOnePageWide(sheet);
            }
            wb.setActiveSheet(0);
            wb.setForceFormulaRecalculation(true);
            wb.getProperties().getCoreProperties().setTitle(data.scenarioName());
            wb.getProperties().getCoreProperties().setCreator("carecoop");
            return wb;
        } catch (RuntimeException e) {
            try {
                wb.close();
            } catch (IOException ignored) {
                // nothing was written; the original failure matters
            }
            throw e;
        }
    }

    /** Printing: landscape, as wide as one page, as many pages down as it needs. */
    private static void printLandscapeOnePageWide(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
