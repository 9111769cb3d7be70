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
    static final String SOBOL = "Sobol";
    static final String CHARTER = "Charter";
    static final String COMMISSIONING = "Commissioning";
    /** Custom document properties. */
    static final String SCENARIO_FILE_PROPERTY = "Scenario file";
    static final String VERSION_PROPERTY = "carecoop version";

    private WorkbookWriter() {}

    /** Writes the workbook to {@code target} whole or not at all (see {@link AtomicFiles}), stamped with the time now. */
    public static void write(WorkbookData data, Path target) {
        save(build(data, Instant.now()), target);
    }

    /** Writes the Monte Carlo workbook (one sheet) to {@code target} whole or not at all, stamped with the time now. */
    public static void write(MonteCarloData data, Path target) {
        save(build(data, Instant.now()), target);
    }

    /** Writes the tornado workbook (one sheet) to {@code target} whole or not at all, stamped with the time now. */
    public static void write(TornadoData data, Path target) {
        save(build(data, Instant.now()), target);
    }

    /** Writes the grid workbook (one sheet) to {@code target} whole or not at all, stamped with the time now. */
    public static void write(GridData data, Path target) {
        save(build(data, Instant.now()), target);
    }

    /** Writes the Sobol workbook (one sheet) to {@code target} whole or not at all, stamped with the time now. */
    public static void write(SobolData data, Path target) {
        save(build(data, Instant.now()), target);
    }

    /** Writes the charter workbook (one sheet) to {@code target} whole or not at all, stamped with the time now. */
    public static void write(CharterData data, Path target) {
        save(build(data, Instant.now()), target);
    }

    /** The charter workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(CharterData data, Instant created) {
        return oneSheet(data.currency(), CHARTER, data.scenarioName(), data.scenarioFile(), created,
                CharterSheet.HEADER_ROW, 1, (sheet, st) -> CharterSheet.write(sheet, data, st));
    }

    /** Writes the options appraisal workbook (one sheet) to {@code target} whole or not at all, stamped with the time now. */
    public static void write(CommissionData data, Path target) {
        save(build(data, Instant.now()), target);
    }

    /** The options appraisal workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(CommissionData data, Instant created) {
        return oneSheet(data.about().currency(), COMMISSIONING, data.about().scenario(), data.about().file(), created,
                CommissionSheet.HEADER_ROW, 1, (sheet, st) -> CommissionSheet.write(sheet, data, st));
    }

    /** The Monte Carlo workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(MonteCarloData data, Instant created) {
        return oneSheet(data.currency(), MONTE_CARLO, data.scenarioName(), data.scenarioFile(), created,
                MonteCarloSheet.TITLE_ROWS - 1, 0, (sheet, st) -> MonteCarloSheet.write(sheet, data, st));
    }

    /** The tornado workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(TornadoData data, Instant created) {
        return oneSheet(data.currency(), TORNADO, data.scenarioName(), data.scenarioFile(), created,
                TornadoSheet.HEADER_ROW, 1, (sheet, st) -> TornadoSheet.write(sheet, data, st));
    }

    /** The grid workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(GridData data, Instant created) {
        return oneSheet(data.currency(), GRID, data.scenarioName(), data.scenarioFile(), created,
                GridSheet.HEADER_ROW, GridSheet.FIRST_VALUE_COL, (sheet, st) -> GridSheet.write(sheet, data, st));
    }

    /** The Sobol workbook in memory, made at {@code created}; the caller closes it. */
    static XSSFWorkbook build(SobolData data, Instant created) {
        return oneSheet(data.currency(), SOBOL, data.scenarioName(), data.scenarioFile(), created,
                SobolSheet.TITLE_ROWS - 1, 0, (sheet, st) -> SobolSheet.write(sheet, data, st));
    }

    /** Writes a built workbook whole or not at all, then closes it. */
    private static void save(XSSFWorkbook built, Path target) {
        try (XSSFWorkbook wb = built) {
            AtomicFiles.write(target, wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook of one sheet, filled by {@code fill}, printed landscape and one page wide with
     * {@code headerRow} and {@code labelColumns} repeated, and stamped with its properties.
     */
    private static XSSFWorkbook oneSheet(String currency, String name, String scenarioName, String scenarioFile,
                                         Instant created, int headerRow, int labelColumns,
                                         java.util.function.BiConsumer<XSSFSheet, Styles> fill) {
        return guarded(wb -> {
            XSSFSheet sheet = wb.createSheet(new SheetNames().take(name));
            fill.accept(sheet, new Styles(wb, currency));
            Print.landscape(sheet, headerRow, labelColumns);
            Print.onePageWide(sheet);
            Cells.fitWrappedRows(sheet);
            wb.setActiveSheet(0);
            properties(wb, scenarioName, scenarioFile, created);
        });
    }

    /** A new workbook filled by {@code fill}; closed again if filling it fails. */
    private static XSSFWorkbook guarded(java.util.function.Consumer<XSSFWorkbook> fill) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            fill.accept(wb);
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
        return guarded(wb -> {
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
        });
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
