package org.carecoop.report.workbook;

import org.apache.poi.ss.util.CellReference;
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
            chosen = style == styles.textHighlight ? styles.textLiteralHighlight : styles.textLiteral;
        }
        if (chosen != null) {
            c.setCellStyle(chosen);
        }
        return c;
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
        XSSFCell c = cell(sheet, row, col);
        c.setCellFormula(formula);
        if (Double.isFinite(cached)) {
            c.setCellValue(cached);
        } else {
            c.setCellValue(NOT_AVAILABLE);
        }
        c.setCellStyle(style);
        return c;
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

    /** Column width in characters. */
    static void width(XSSFSheet sheet, int col, double chars) {
        sheet.setColumnWidth(col, (int) Math.min(255 * 256, Math.round(chars * 256 + 200)));
    }
}
