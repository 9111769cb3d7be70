package org.carecoop.statutory;

import java.util.List;

/**
 * What a jurisdiction calls its statutory things, and which of its wage floors the law sets for care workers.
 * The model's lines keep one name each (the UK's, as the table's parameter keys do); reports ask the plan's
 * jurisdiction what to call them, so a New York City plan speaks of employer FICA and the home care aide
 * minimum wage where a UK plan speaks of employer National Insurance and the National Living Wage.
 *
 * @param payrollTaxName      the employer's payroll tax ({@code employer_ni_rate}): "National Insurance"
 * @param payrollTaxAbbrev    its short name: "NI"
 * @param allowance           relief from the employer's payroll tax ({@code employment_allowance})
 * @param pension             the employer's pension contribution line, capitalised
 * @param pensionShort        the same in running text, singular
 * @param pensions            the same in running text, plural
 * @param holiday             paid holiday ({@code holiday_accrual_rate}) in running text
 * @param holidayPay          the same as a line, capitalised
 * @param sickPay             the statutory sick pay scheme ({@code ssp_*}), as a name
 * @param profitTax           the tax on profits ({@code corporation_tax_*}), capitalised
 * @param mileageRate         the approved mileage rate ({@code mileage_rate}), in running text
 * @param minimumWage         the general legal minimum wage ({@code national_living_wage}), in running text
 * @param careWorkerFloors    the wage floors the law sets for a care worker here; the highest in force applies
 * @param careWorkerMinimum   the binding one of them, in running text
 * @param careSectorPayFloor  {@code care_sector_pay_floor} in running text
 * @param waitingRule         where the law says when waiting between visits is working time
 */
public record Terms(String payrollTaxName, String payrollTaxAbbrev, String allowance, String pension,
                    String pensionShort, String pensions, String holiday, String holidayPay, String sickPay,
                    String profitTax, String mileageRate, String minimumWage,
                    List<StatutoryParameter> careWorkerFloors, String careWorkerMinimum, String careSectorPayFloor,
                    String waitingRule) {

    public Terms {
        careWorkerFloors = List.copyOf(careWorkerFloors);
        if (careWorkerFloors.isEmpty()) {
            throw new IllegalArgumentException("a jurisdiction needs at least one legal wage floor for care workers");
        }
    }

    /** The employer's payroll tax as a line: "Employer National Insurance". */
    public String payrollTax() {
        return "Employer " + payrollTaxName;
    }

    /** The employer's payroll tax in running text: "employer NI". */
    public String payrollTaxShort() {
        return "employer " + payrollTaxAbbrev;
    }

    /**
     * The UK's words, the ones every report used before a second country was added. The care sector pay floors of
     * Scotland and Wales are conditions of public funding, not law, so the legal floor is the National Living Wage.
     */
    static final Terms UK = new Terms("National Insurance", "NI", "Employment Allowance", "Employer pension",
            "pension", "pensions", "holiday", "Holiday pay", "Statutory Sick Pay", "Corporation tax",
            "the HMRC approved rate", "the National Living Wage", List.of(StatutoryParameter.NATIONAL_LIVING_WAGE),
            "the National Living Wage", "the care sector pay floor",
            "National Minimum Wage Regulations 2015, regulation 32");

    /**
     * New York City's: federal FICA (IRC 3111) for the employer's payroll tax, no counterpart to the Employment
     * Allowance (a scenario may still give relief of its own), retirement contributions in place of auto-enrolment,
     * paid time off in place of statutory holiday (none is required), New York paid sick leave (Labor Law 196-b),
     * corporate income tax, the IRS standard mileage rate, and two wage floors for a home care aide: the state
     * minimum wage (Labor Law 652) and, above it, the home care aide minimum wage (Public Health Law 3614-f).
     */
    static final Terms US_NEW_YORK_CITY = new Terms("FICA", "FICA", "Payroll tax relief",
            "Employer retirement contributions", "retirement contributions", "retirement contributions",
            "paid time off", "Paid time off", "New York paid sick leave", "Corporate income tax",
            "the IRS standard mileage rate", "the New York minimum wage",
            List.of(StatutoryParameter.NATIONAL_LIVING_WAGE, StatutoryParameter.CARE_SECTOR_PAY_FLOOR),
            "the New York home care aide minimum wage", "the New York home care aide minimum wage",
            "29 CFR 785.15 and 785.16: engaged to wait, or waiting to be engaged");

    /** A wage floor of the statutory pack in running text: "the National Living Wage". */
    public String floorName(StatutoryParameter floor) {
        return switch (floor) {
            case NATIONAL_LIVING_WAGE -> minimumWage;
            case REAL_LIVING_WAGE -> "the Real Living Wage";
            case LONDON_LIVING_WAGE -> "the London Living Wage";
            case CARE_SECTOR_PAY_FLOOR -> careSectorPayFloor;
            default -> throw new IllegalArgumentException(floor.key() + " is not a wage floor");
        };
    }
}
