package org.carecoop.report.workbook;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How each sheet prints: A4 landscape with narrow margins, the sheet's title rows and label columns
 * repeated on every page, and a footer naming the sheet and the page. Most sheets are fitted to one page
 * wide; the Monthly sheets print a plan year a page wide (five years of months on one page would be too
 * small to read), and the Charts sheet is scaled so a page holds whole charts.
 */
final class Print {
    /** A4 landscape, in inches. */
    static final double PAGE_WIDTH = 11.69;
    static final double PAGE_HEIGHT = 8.27;
    static final double SIDE_MARGIN = 0.4;
    static final double TOP_MARGIN = 0.5;
    static final double BOTTOM_MARGIN = 0.6;
    /** Room a print engine may keep beside the printable area, so a computed scale is never a hair too big. */
    private static final double SLACK = 0.97;
    /**
     * How much wider than POI counts them a spreadsheet program may draw columns: POI, like Excel, takes a
     * digit of 11-point Calibri as 7 pixels, LibreOffice its exact width in Carlito, about 7.44 (so a plan year
     * of a Monthly sheet, scaled for POI's widths, printed its twelfth month on a page of its own).
     */
    static final double COLUMN_WIDTH_ERROR = 7.44 / 7;

    private Print() {}

    /**
     * Landscape A4, margins, footer, and the rows {@code 0..lastTitleRow} and the first {@code labelColumns}
     * columns repeated on every printed page (none when zero).
     */
    static void landscape(XSSFSheet sheet, int lastTitleRow, int labelColumns) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, 0.2);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        // &A is the sheet's name, &P the page number
        sheet.getFooter().setCenter("&A, page &P");
        if (lastTitleRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, lastTitleRow, -1, -1));
        }
        if (labelColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, labelColumns - 1));
        }
    }

    /** As wide as one page, as many pages down as it needs. */
    static void onePageWide(XSSFSheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /**
     * A page break after every {@code every} columns from {@code firstCol}, and a scale at which the label
     * columns (repeated on each page) and {@code every} columns fit a page's width. A spreadsheet program
     * ignores manual breaks when fitting to pages, so this sets a scale instead.
     */
    static void columnsPerPage(XSSFSheet sheet, int labelColumns, int firstCol, int lastCol, int every) {
        for (int c = firstCol + every - 1; c < lastCol; c += every) {
            sheet.setColumnBreak(c);
        }
        double pixels = 0;
        for (int c = 0; c < labelColumns; c++) {
            pixels += sheet.getColumnWidthInPixels(c);
        }
        double widest = 0;
        for (int from = firstCol; from <= lastCol; from += every) {
            double page = 0;
            for (int c = from; c < from + every && c <= lastCol; c++) {
                page += sheet.getColumnWidthInPixels(c);
            }
            widest = Math.max(widest, page);
        }
        scale(sheet, pixels + widest, 0);
    }

    /**
     * A scale at which {@code widthPixels} (at 96 to the inch) fit a page's width and, when above zero,
     * {@code heightPoints} its height.
     */
    static void scale(XSSFSheet sheet, double widthPixels, double heightPoints) {
        sheet.setFitToPage(false);
        double printableWidth = (PAGE_WIDTH - 2 * SIDE_MARGIN) * 96 * SLACK;
        double printableHeight = (PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN) * 72 * SLACK;
        double fit = printableWidth / (widthPixels * COLUMN_WIDTH_ERROR);
        if (heightPoints > 0) {
            fit = Math.min(fit, printableHeight / heightPoints);
        }
        int percent = (int) Math.max(10, Math.min(100, Math.floor(fit * 100)));
        sheet.getPrintSetup().setScale((short) percent);
    }

    /** The printed height of rows {@code from..to}, in points. */
    static double heightPoints(XSSFSheet sheet, int from, int to) {
        double points = 0;
        for (int r = from; r <= to; r++) {
            var row = sheet.getRow(r);
            points += row != null ? row.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
        }
        return points;
    }
}
