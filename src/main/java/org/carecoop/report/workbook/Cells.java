package org.carecoop.report.workbook;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writing cells. Text is always a text cell (POI stores it as a shared string, never parsed as a
 * formula); a figure the model could not give (NaN, no hours to divide by) is shown as "n/a".
 * A formula cell always carries its cached value, the model's own figure, so a reader that does not
 * recalculate still shows the right number.
 */
final class Cells {
    /** What a missing figure shows; also the text a guarded division gives when its divisor is zero. */
    static final String NOT_AVAILABLE = "n/a";

    private Cells() {}

    static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    static XSSFCell cell(XSSFSheet sheet, int row, int col) {
        XSSFRow r = row(sheet, row);
        XSSFCell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }

    /** A text cell. Text that starts like a formula gets a quote-prefixed style so an edit keeps it text. */
    static XSSFCell text(XSSFSheet sheet, int row, int col, String value, XSSFCellStyle style, Styles styles) {
        XSSFCell c = cell(sheet, row, col);
        String v = value == null ? "" : value;
        c.setCellValue(v);
        XSSFCellStyle chosen = style;
        if (looksLikeFormula(v)) {
            chosen = styles.literal(style != null ? style : styles.text);
        }
        if (chosen != null) {
            c.setCellStyle(chosen);
        }
        return c;
    }

    /** A heading across a one-sheet report: its label in the first column, the band of colour to {@code lastCol}. */
    static void heading(XSSFSheet sheet, int row, String label, int lastCol, Styles st) {
        text(sheet, row, 0, label, st.group, st);
        for (int c = 1; c <= lastCol; c++) {
            cell(sheet, row, c).setCellStyle(st.group);
        }
    }

    /** A line of a one-sheet report's "About" block: a label and its value, as text; returns the next row. */
    static int about(XSSFSheet sheet, int row, String label, String value, Styles st) {
        text(sheet, row, 0, label, st.text, st);
        text(sheet, row, 1, value, st.text, st);
        return row + 1;
    }

    /** A line of an "About" block with a count (runs, inputs) as a whole number; returns the next row. */
    static int about(XSSFSheet sheet, int row, String label, long count, Styles st) {
        text(sheet, row, 0, label, st.text, st);
        number(sheet, row, 1, count, st.integer);
        return row + 1;
    }

    /**
     * The start of a one-sheet report's "About" block: its heading (coloured to {@code lastCol}), then the scenario,
     * its file and the variant; returns the next row.
     *
     * @param variant the variant, or null for the base plan
     */
    static int aboutScenario(XSSFSheet sheet, int row, String scenarioName, String scenarioFile, String variant,
                             int lastCol, Styles st) {
        heading(sheet, row++, "About", lastCol, st);
        row = about(sheet, row, "Scenario", scenarioName, st);
        row = about(sheet, row, "Scenario file", scenarioFile, st);
        return about(sheet, row, "Variant", variant == null ? "the base plan" : variant, st);
    }

    static XSSFCell number(XSSFSheet sheet, int row, int col, double value, XSSFCellStyle style) {
        XSSFCell c = cell(sheet, row, col);
        if (Double.isFinite(value)) {
            c.setCellValue(value);
        } else {
            c.setCellValue(NOT_AVAILABLE);
        }
        c.setCellStyle(style);
        return c;
    }

    /**
     * A formula with its cached value; a non-finite value is cached as the text "n/a" (which is what
     * the guarded formulas give in that case).
     */
    static XSSFCell formula(XSSFSheet sheet, int row, int col, String formula, double cached, XSSFCellStyle style) {
        if (!Double.isFinite(cached)) {
            return formula(sheet, row, col, formula, NOT_AVAILABLE, style);
        }
        XSSFCell c = cell(sheet, row, col);
        c.setCellFormula(formula);
        c.setCellValue(cached);
        c.setCellStyle(style);
        return c;
    }

    /** A formula whose result is text (a month's name, "n/a"), with that text cached. */
    static XSSFCell formula(XSSFSheet sheet, int row, int col, String formula, String cached, XSSFCellStyle style) {
        XSSFCell c = cell(sheet, row, col);
        c.setCellFormula(formula);
        c.setCellValue(cached);
        c.setCellStyle(style);
        return c;
    }

    /** {@code top / bottom}, guarded: "n/a" when {@code bottom} is not above zero. */
    static XSSFCell ratio(XSSFSheet sheet, int row, int col, String top, String bottom, double cached,
                          XSSFCellStyle style) {
        return formula(sheet, row, col, "IF(" + bottom + ">0," + top + "/" + bottom + ",\"" + NOT_AVAILABLE + "\")",
                cached, style);
    }

    static boolean looksLikeFormula(String v) {
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0;
    }

    /** A1-style address, relative, on the same sheet. */
    static String ref(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    /** A range on the same sheet, e.g. C5:N5. */
    static String range(int row1, int col1, int row2, int col2) {
        return ref(row1, col1) + ":" + ref(row2, col2);
    }

    /** A sheet name as a formula needs it: always quoted, quotes doubled. */
    static String sheet(String name) {
        return "'" + name.replace("'", "''") + "'!";
    }

    /**
     * Makes each row tall enough for its wrapped text. Spreadsheet programs do not all fit a row's height
     * to wrapped text when a file is opened (and a print is laid out from the stored heights), so the
     * height is worked out here: words are laid into lines as wide as the column (or merged cells), at a
     * generous estimate of the width of a character of text, and each line is given a default row's height.
     */
    static void fitWrappedRows(XSSFSheet sheet) {
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int lines = 1;
            for (var cell : row) {
                if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
                    continue;
                }
                // an indent takes about a character's width a step, more than enough at 1.5
                double chars = widthInChars(sheet, r, cell.getColumnIndex()) - 1.5 * cell.getCellStyle().getIndention();
                boolean italic = ((XSSFCellStyle) cell.getCellStyle()).getFont().getItalic();
                lines = Math.max(lines, lines(cell.getStringCellValue(), chars, italic));
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS + 2));
            }
        }
    }

    /** The height of a line of 11-point text in a row (a spreadsheet's default row). */
    static final float LINE_POINTS = 15f;

    /** How many lines {@code text} in the upright (not italic) font takes in a column {@code chars} digits wide. */
    static int lines(String text, double chars) {
        return lines(text, chars, false);
    }

    /**
     * How many lines {@code text} takes in a column {@code chars} digits wide. In Calibri (and Carlito, its
     * metric twin) italic prose takes about 0.75 of a digit's width a character and 0.85 leaves room for capitals
     * and wide letters (LibreOffice fits 75 characters of the Summary sheet's italic notes to a line of a 60-digit
     * column); upright text, above all with figures in it, is wider: LibreOffice fitted only 63 characters of a
     * charter's gap ("... about 3,304 a year (plan year") to a line of a 60-digit column, so 0.92.
     */
    static int lines(String text, double chars, boolean italic) {
        int capacity = Math.max(8, (int) Math.floor((chars - 1) / (italic ? 0.85 : 0.92)));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = -1;
            lines++;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (used < 0) {
                    used = len;
                } else if (used + 1 + len <= capacity) {
                    used += 1 + len;
                } else {
                    lines++;
                    used = len;
                }
                while (used > capacity) {
                    lines++;
                    used -= capacity;
                }
            }
        }
        return lines;
    }

    /** A cell's width in digits, counting every column of a merged region it starts. */
    private static double widthInChars(XSSFSheet sheet, int row, int col) {
        int last = col;
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getFirstRow() == row && merged.getFirstColumn() == col) {
                last = merged.getLastColumn();
            }
        }
        double units = 0;
        for (int c = col; c <= last; c++) {
            units += sheet.getColumnWidth(c);
        }
        // Cells.width adds 200 units of padding per column
        return (units - 200.0 * (last - col + 1)) / 256;
    }

    /** Column width in characters. */
    static void width(XSSFSheet sheet, int col, double chars) {
        sheet.setColumnWidth(col, units(chars));
    }

    /** The width in pixels, as POI counts them, of a column {@link #width} makes {@code chars} wide. */
    static double pixels(double chars) {
        return units(chars) / 256.0 * Units.DEFAULT_CHARACTER_WIDTH;
    }

    /** A column's width in 1/256 of a character, with room for the cell's padding. */
    private static int units(double chars) {
        return (int) Math.min(255 * 256, Math.round(chars * 256 + 200));
    }
}
