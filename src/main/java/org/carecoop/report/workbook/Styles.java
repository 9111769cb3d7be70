package org.carecoop.report.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.model.Line;
import org.carecoop.report.Formats;

/**
 * The workbook's cell styles, made once (a workbook holds at most 64,000 styles, and one per cell
 * would bloat it). Money formats carry the scenario's currency symbol as a quoted literal, so any
 * symbol or code is safe in a format string.
 */
final class Styles {
    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle header;
    final XSSFCellStyle headerRight;
    final XSSFCellStyle group;
    final XSSFCellStyle text;
    final XSSFCellStyle textRight;
    /** Text that starts like a formula (=, +, -, @): shown as typed, and kept as text if edited. */
    final XSSFCellStyle textLiteral;
    final XSSFCellStyle textHighlight;
    final XSSFCellStyle textLiteralHighlight;
    final XSSFCellStyle money;
    final XSSFCellStyle pence;
    final XSSFCellStyle penceBold;
    final XSSFCellStyle percent;
    final XSSFCellStyle hours;
    final XSSFCellStyle count;
    final XSSFCellStyle integer;
    final XSSFCellStyle note;

    Styles(XSSFWorkbook wb, String currency) {
        String symbol = "\"" + Formats.symbol(currency).replace("\"", "") + "\"";
        String moneyFormat = symbol + "#,##0;[Red]-" + symbol + "#,##0";
        String penceFormat = symbol + "#,##0.00;[Red]-" + symbol + "#,##0.00";

        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFFont big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        XSSFFont grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        title = wb.createCellStyle();
        title.setFont(big);
        subtitle = wb.createCellStyle();
        subtitle.setFont(grey);
        note = wb.createCellStyle();
        note.setFont(grey);
        note.setWrapText(false);

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        headerRight = wb.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);

        group = wb.createCellStyle();
        group.setFont(bold);
        group.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        group.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = wb.createCellStyle();
        textRight = wb.createCellStyle();
        textRight.setAlignment(HorizontalAlignment.RIGHT);
        textLiteral = wb.createCellStyle();
        textLiteral.setQuotePrefixed(true);
        textHighlight = wb.createCellStyle();
        highlight(textHighlight);
        textLiteralHighlight = wb.createCellStyle();
        textLiteralHighlight.setQuotePrefixed(true);
        highlight(textLiteralHighlight);

        money = numberStyle(wb, moneyFormat, false, bold);
        pence = numberStyle(wb, penceFormat, false, bold);
        penceBold = numberStyle(wb, penceFormat, true, bold);
        percent = numberStyle(wb, "0.0%", false, bold);
        hours = numberStyle(wb, "#,##0", false, bold);
        count = numberStyle(wb, "#,##0.0", false, bold);
        integer = numberStyle(wb, "#,##0", false, bold);
    }

    /** The style of a monthly or annual figure of a line. */
    XSSFCellStyle of(Line.Unit unit) {
        return switch (unit) {
            case MONEY -> money;
            case HOURS -> hours;
            case COUNT -> count;
        };
    }

    private static void highlight(CellStyle style) {
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFCellStyle numberStyle(XSSFWorkbook wb, String format, boolean isBold, XSSFFont bold) {
        XSSFCellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        if (isBold) {
            style.setFont(bold);
        }
        return style;
    }
}
