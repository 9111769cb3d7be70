package org.carecoop.report.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.Version;
import org.carecoop.analysis.Comparison;
import org.carecoop.report.AtomicFiles;

/**
 * Writes a scenario's runs as an .xlsx workbook: Summary, Compare (when there are variants), Charts,
 * Assumptions, Cost per hour, then an Annual and a Monthly sheet for each variant. Monthly sheets hold the
 * model's figures; everything that adds them up is a formula with the model's figure as its cached value,
 * and the workbook asks to be recalculated when opened, so a reader's edits flow through.
 */
public final class WorkbookWriter {
    static final String SUMMARY = "Summary";
    static final String COMPARE = "Compare";
    static final String CHARTS = "Charts";
    static final String ASSUMPTIONS = "Assumptions";
    static final String COST = "Cost per hour";
    static final String MONTE_CARLO = "Monte Carlo";
    static final String TORNADO = "Tornado";
    static final String GRID = "Grid";
    /** Custom document properties. */
    static final String SCENARIO_FILE_PROPERTY = "Scenario file";
    static final String VERSION_PROPERTY = "carecoop version";

    private WorkbookWriter() {}

    /** Writes the workbook to {@code target} whole or not at all (see {@link AtomicFiles}), stamped with the time now. */
    public static void write(WorkbookData data, Path target) {
        try (XSSFWorkbook wb = build(data, Instant.now())) {
            AtomicFiles.write(target, wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the Monte Carlo workbook (one sheet) to {@code target} whole or not at all, stamped with the time now. */
    public static void write(MonteCarloData data, Path target) {
        try (XSSFWorkbook wb = build(data, Instant.now())) {
            AtomicFiles.write(target, wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Monte Carlo workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(MonteCarloData data, Instant created) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            Styles st = new Styles(wb, data.currency());
            XSSFSheet sheet = wb.createSheet(new SheetNames().take(MONTE_CARLO));
            MonteCarloSheet.write(sheet, data, st);
            Print.landscape(sheet, MonteCarloSheet.TITLE_ROWS - 1, 0);
            Print.onePageWide(sheet);
            Cells.fitWrappedRows(sheet);
            wb.setActiveSheet(0);
            properties(wb, data.scenarioName(), data.scenarioFile(), created);
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

    /** Writes the tornado workbook (one sheet) to {@code target} whole or not at all, stamped with the time now. */
    public static void write(TornadoData data, Path target) {
        try (XSSFWorkbook wb = build(data, Instant.now())) {
            AtomicFiles.write(target, wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tornado workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(TornadoData data, Instant created) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            Styles st = new Styles(wb, data.currency());
            XSSFSheet sheet = wb.createSheet(new SheetNames().take(TORNADO));
            TornadoSheet.write(sheet, data, st);
            Print.landscape(sheet, TornadoSheet.HEADER_ROW, 1);
            Print.onePageWide(sheet);
            Cells.fitWrappedRows(sheet);
            wb.setActiveSheet(0);
            properties(wb, data.scenarioName(), data.scenarioFile(), created);
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

    /** Writes the grid workbook (one sheet) to {@code target} whole or not at all, stamped with the time now. */
    public static void write(GridData data, Path target) {
        try (XSSFWorkbook wb = build(data, Instant.now())) {
            AtomicFiles.write(target, wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The grid workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(GridData data, Instant created) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            Styles st = new Styles(wb, data.currency());
            XSSFSheet sheet = wb.createSheet(new SheetNames().take(GRID));
            GridSheet.write(sheet, data, st);
            Print.landscape(sheet, GridSheet.HEADER_ROW, GridSheet.FIRST_VALUE_COL);
            Print.onePageWide(sheet);
            Cells.fitWrappedRows(sheet);
            wb.setActiveSheet(0);
            properties(wb, data.scenarioName(), data.scenarioFile(), created);
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

    /** The workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(WorkbookData data, Instant created) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            Styles st = new Styles(wb, data.currency());
            SheetNames names = new SheetNames();
            XSSFSheet summary = wb.createSheet(names.take(SUMMARY));
            Optional<Comparison> comparison = data.compared();
            XSSFSheet compare = comparison.isPresent() ? wb.createSheet(names.take(COMPARE)) : null;
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
            if (compare != null) {
                CompareSheet.Layout compareLayout = CompareSheet.write(compare, data, comparison.get(), monthly, st);
                Print.landscape(compare, CompareSheet.HEADER_ROW, 0);
                Charts.compare(compare, data, monthly, compareLayout);
            }
            AssumptionsSheet.write(assumptions, data, st);
            Charts.write(charts, data, monthly, annual, costLayout, st);

            Print.landscape(summary, SummarySheet.HEADER_ROW, 1);
            Print.onePageWide(summary);
            Print.landscape(charts, 1, 0);
            Print.landscape(assumptions, AssumptionsSheet.HEADER_ROW, 1);
            Print.onePageWide(assumptions);
            Print.landscape(cost, 1, 1);
            Print.onePageWide(cost);
            for (XSSFSheet sheet : annualSheets) {
                Print.landscape(sheet, MonthlySheet.HEADER_ROW, MonthlySheet.FIRST_MONTH_COL);
                Print.onePageWide(sheet);
            }
            for (int i = 0; i < monthlySheets.size(); i++) {
                XSSFSheet sheet = monthlySheets.get(i);
                Print.landscape(sheet, MonthlySheet.HEADER_ROW, MonthlySheet.FIRST_MONTH_COL);
                Print.columnsPerPage(sheet, MonthlySheet.FIRST_MONTH_COL, MonthlySheet.FIRST_MONTH_COL,
                        monthly.get(i).lastMonthCol(), 12);
            }
            wb.forEach(sheet -> Cells.fitWrappedRows((XSSFSheet) sheet));
            wb.setActiveSheet(0);
            wb.setForceFormulaRecalculation(true);
            properties(wb, data.scenarioName(), data.scenarioFile(), created);
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

    /**
     * The document's properties, which a spreadsheet program shows under File, Properties and a file
     * manager can search: the scenario's name as the title, carecoop and its version as the creator, when
     * it was made, and (as custom properties) the scenario file and the version again, so a workbook found
     * later says where its figures came from.
     */
    private static void properties(XSSFWorkbook wb, String scenarioName, String scenarioFile, Instant created) {
        String version = Version.current();
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(scenarioName);
        core.setCreator("carecoop " + version);
        core.setCreated(Optional.of(Date.from(created)));
        core.setDescription("Made by carecoop " + version + " from the scenario " + scenarioFile + ".");
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom.addProperty(SCENARIO_FILE_PROPERTY, scenarioFile);
        custom.addProperty(VERSION_PROPERTY, version);
    }
}
