package org.carecoop.report.workbook;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.report.Input;

/**
 * Every input with its path, value, unit, where it was set and its source, grouped as the scenario is
 * (by the first part of the path). With variants there is a value column for each, and the rows whose
 * values differ are filled yellow. Values are text exactly as {@code carecoop params} shows them: a
 * schedule or a keyword is not a number.
 */
final class AssumptionsSheet {
    static final int HEADER_ROW = 3;

    private AssumptionsSheet() {}

    static void write(XSSFSheet sheet, WorkbookData data, Styles st) {
        List<WorkbookData.Variant> variants = data.variants();
        int n = variants.size();
        long differing = data.assumptions().stream().filter(WorkbookData.Assumption::differs).count();
        Cells.text(sheet, 0, 0, data.scenarioName() + ": assumptions", st.title, st);
        Cells.text(sheet, 1, 0, "Every input with its value" + (n > 1 ? " in each variant; the " + differing
                + " highlighted row" + (differing == 1 ? " differs" : "s differ") + " between variants" : "")
                + ". 'Set at' is the file and line, or 'default' with its source.", st.subtitle, st);

        int unitCol = 1;
        int firstValueCol = 2;
        int originCol = firstValueCol + n;
        int sourceCol = originCol + 1;
        Cells.text(sheet, HEADER_ROW, 0, "Input (path)", st.header, st);
        Cells.text(sheet, HEADER_ROW, unitCol, "Unit", st.header, st);
        for (int i = 0; i < n; i++) {
            Cells.text(sheet, HEADER_ROW, firstValueCol + i, n == 1 ? "Value" : "Value: " + variants.get(i).label(),
                    st.header, st);
        }
        Cells.text(sheet, HEADER_ROW, originCol, "Set at", st.header, st);
        Cells.text(sheet, HEADER_ROW, sourceCol, "Source", st.header, st);

        int row = HEADER_ROW + 1;
        String section = null;
        int widestValue = 8;
        int longestPath = 20;
        int longestOrigin = 10;
        for (WorkbookData.Assumption a : data.assumptions()) {
            String here = Input.heading(a.path());
            if (!here.equals(section)) {
                section = here;
                MonthlySheet.groupHeading(sheet, row++, section, sourceCol - 1, st);
            }
            XSSFCellStyle style = a.differs() ? st.textHighlight : st.text;
            XSSFCellStyle wrap = a.differs() ? st.textHighlightWrap : st.textWrap;
            Cells.text(sheet, row, 0, a.path(), style, st);
            longestPath = Math.max(longestPath, a.path().length());
            Cells.text(sheet, row, unitCol, a.unit(), style, st);
            for (int i = 0; i < n; i++) {
                String v = a.valuesByVariant().get(i);
                widestValue = Math.max(widestValue, v.length());
                Cells.text(sheet, row, firstValueCol + i, v, wrap, st);
            }
            Cells.text(sheet, row, originCol, a.origin(), wrap, st);
            longestOrigin = Math.max(longestOrigin, a.origin().length());
            Cells.text(sheet, row, sourceCol, a.source(), wrap, st);
            row++;
        }

        // long values (a dated schedule), origins and sources wrap, so the sheet prints one page wide
        Cells.width(sheet, 0, Math.min(56, Math.ceil(longestPath * 0.85) + 2));
        Cells.width(sheet, unitCol, 11);
        for (int i = 0; i < n; i++) {
            Cells.width(sheet, firstValueCol + i, Math.min(n == 1 ? 40 : 22, Math.max(12, widestValue + 1)));
        }
        Cells.width(sheet, originCol, Math.min(42, Math.ceil(longestOrigin * 0.85) + 2));
        Cells.width(sheet, sourceCol, 50);
        sheet.createFreezePane(1, HEADER_ROW + 1);
    }
}
