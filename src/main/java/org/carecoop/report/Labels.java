package org.carecoop.report;

import java.util.Locale;
import org.carecoop.model.HourlyCost;
import org.carecoop.model.Line;
import org.carecoop.model.Scenario;
import org.carecoop.statutory.Terms;

/**
 * The names reports give the model's lines in the plan's jurisdiction. A line's own label is the UK's; the lines
 * that name a statutory thing (the employer's payroll tax and its relief, pensions, holiday pay, the tax on
 * profits) take the jurisdiction's word for it from {@link Terms}, so a UK report reads exactly as it always has
 * and a New York City one speaks of employer FICA and corporate income tax.
 */
public final class Labels {
    private Labels() {}

    /** The jurisdiction's words for a plan. */
    public static Terms terms(Scenario s) {
        return s.statutory().get(0).nation().terms();
    }

    /** A projection line's label in the plan's jurisdiction. */
    public static String line(Line line, Terms t) {
        return switch (line) {
            case PAID_HOURS -> "Paid hours (excluding " + t.holiday() + " and sickness)";
            case HOLIDAY_PAY -> t.holidayPay();
            case CARE_WORKER_NI -> t.payrollTax() + " (care workers)";
            case CARE_WORKER_PENSION -> t.pension() + " (care workers)";
            case OFFICE_NI -> t.payrollTax() + " (office)";
            case OFFICE_PENSION -> t.pension() + " (office)";
            case EMPLOYMENT_ALLOWANCE -> t.allowance() + " (reduces " + t.payrollTaxShort() + ")";
            case TAX -> t.profitTax();
            case TAX_PAID -> t.profitTax() + " paid";
            case TAX_OWED -> t.profitTax() + " owed";
            case PAYROLL_PAID -> "Pay, " + t.payrollTaxAbbrev() + " and " + t.pensions() + " paid";
            default -> line.label();
        };
    }

    /** A line of the cost of an hour ({@link HourlyCost}) in the plan's jurisdiction. */
    public static String costLine(HourlyCost.CostLine line, Terms t) {
        return switch (line.key()) {
            case "employer_ni" -> t.payrollTax();
            case "pension" -> t.pension();
            case "holiday_pay" -> t.holidayPay();
            case "employment_allowance" -> t.allowance() + " (less " + t.payrollTaxShort() + ")";
            default -> line.label();
        };
    }

    /** The care worker on-costs of a comparison's shares of income: "employer NI and pension (care workers)". */
    public static String onCosts(Terms t) {
        return t.payrollTaxShort() + " and " + t.pensionShort() + " (care workers)";
    }

    /** The tax on profits in running text: "corporation tax". */
    public static String profitTax(Terms t) {
        return t.profitTax().toLowerCase(Locale.ROOT);
    }
}
