package org.carecoop.report.workbook;

import java.util.IdentityHashMap;
import java.util.Map;
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
    /** A header over figures that may take two lines (a variant's name and its visit length). */
    final XSSFCellStyle headerRightWrap;
    /** A header over text that follows a column of figures. */
    final XSSFCellStyle headerIndented;
    final XSSFCellStyle group;
    final XSSFCellStyle text;
    final XSSFCellStyle textRight;
    /** Text that starts like a formula (=, +, -, @): shown as typed, and kept as text if edited. */
    final XSSFCellStyle textLiteral;
    final XSSFCellStyle textHighlight;
    final XSSFCellStyle textLiteralHighlight;
    /** Long text that wraps within its column (the row is made tall enough, see {@link Cells#fitWrappedRows}). */
    final XSSFCellStyle textWrap;
    final XSSFCellStyle textHighlightWrap;
    final XSSFCellStyle money;
    final XSSFCellStyle pence;
    final XSSFCellStyle penceBold;
    final XSSFCellStyle percent;
    /** A part of 100 (where each 100 of income goes), to two decimals as {@code carecoop compare} shows it. */
    final XSSFCellStyle hundredths;
    final XSSFCellStyle hundredthsBold;
    final XSSFCellStyle hours;
    final XSSFCellStyle count;
    final XSSFCellStyle integer;
    final XSSFCellStyle note;
    final XSSFCellStyle noteWrap;

    private final XSSFWorkbook wb;
    /** Each text style's quote-prefixed twin, made when first needed. */
    private final Map<XSSFCellStyle, XSSFCellStyle> literals = new IdentityHashMap<>();

    Styles(XSSFWorkbook wb, String currency) {
        this.wb = wb;
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
        note = body(wb);
        note.setFont(grey);
        note.setWrapText(false);
        noteWrap = body(wb);
        noteWrap.setFont(grey);
        noteWrap.setWrapText(true);
        // a little space after a right-aligned figure in the column before (an indent needs left alignment)
        noteWrap.setAlignment(HorizontalAlignment.LEFT);
        noteWrap.setIndention((short) 1);

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        headerRight = wb.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
        headerRightWrap = wb.createCellStyle();
        headerRightWrap.cloneStyleFrom(headerRight);
        headerRightWrap.setWrapText(true);
        headerIndented = wb.createCellStyle();
        headerIndented.cloneStyleFrom(header);
        headerIndented.setAlignment(HorizontalAlignment.LEFT);
        headerIndented.setIndention((short) 1);

        group = wb.createCellStyle();
        group.setFont(bold);
        group.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        group.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = body(wb);
        textRight = body(wb);
        textRight.setAlignment(HorizontalAlignment.RIGHT);
        textHighlight = body(wb);
        highlight(textHighlight);
        textWrap = body(wb);
        textWrap.setWrapText(true);
        textHighlightWrap = body(wb);
        textHighlightWrap.setWrapText(true);
        highlight(textHighlightWrap);
        textLiteral = literal(text);
        textLiteralHighlight = literal(textHighlight);

        money = numberStyle(wb, moneyFormat, false, bold);
        pence = numberStyle(wb, penceFormat, false, bold);
        penceBold = numberStyle(wb, penceFormat, true, bold);
        percent = numberStyle(wb, "0.0%", false, bold);
        hundredths = numberStyle(wb, "0.00;[Red]-0.00", false, bold);
        hundredthsBold = numberStyle(wb, "0.00;[Red]-0.00", true, bold);
        hours = numberStyle(wb, "#,##0", false, bold);
        count = numberStyle(wb, "#,##0.0", false, bold);
        integer = numberStyle(wb, "#,##0", false, bold);
    }

    /** The quote-prefixed twin of a text style: text that starts like a formula is shown as typed and stays text. */
    XSSFCellStyle literal(XSSFCellStyle style) {
        return literals.computeIfAbsent(style, s -> {
            XSSFCellStyle twin = wb.createCellStyle();
            twin.cloneStyleFrom(s);
            twin.setQuotePrefixed(true);
            return twin;
        });
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

    /** A style for the body of a table: top-aligned, so a row made tall by wrapped text still reads across. */
    private static XSSFCellStyle body(XSSFWorkbook wb) {
        XSSFCellStyle style = wb.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static XSSFCellStyle numberStyle(XSSFWorkbook wb, String format, boolean isBold, XSSFFont bold) {
        XSSFCellStyle style = body(wb);
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        if (isBold) {
            style.setFont(bold);
        }
        return style;
    }
}
