package org.carecoop.model;

/**
 * Every line of the monthly projection, in the order reports show them. A flow is a sum over the
 * month (hours, money in or out); a stock is a level at the month's end (clients, cash).
 */
public enum Line {
    // demand
    CLIENTS(Group.DEMAND, "Clients", Unit.COUNT, false),
    NEW_CLIENTS(Group.DEMAND, "New clients", Unit.COUNT, true),
    CLIENTS_LEAVING(Group.DEMAND, "Clients leaving", Unit.COUNT, true),
    HOURS_DEMANDED(Group.DEMAND, "Contact hours demanded", Unit.HOURS, true),
    CONTACT_HOURS(Group.DEMAND, "Contact hours delivered", Unit.HOURS, true),
    UNMET_HOURS(Group.DEMAND, "Contact hours not delivered (no staff)", Unit.HOURS, true),
    VISITS(Group.DEMAND, "Visits", Unit.COUNT, true),
    // workforce
    CARE_WORKERS_NEEDED(Group.WORKFORCE, "Care workers needed", Unit.COUNT, false),
    CARE_WORKERS(Group.WORKFORCE, "Care workers", Unit.COUNT, false),
    HIRES(Group.WORKFORCE, "Care workers hired", Unit.COUNT, true),
    LEAVERS(Group.WORKFORCE, "Care workers leaving", Unit.COUNT, true),
    TRAVEL_HOURS(Group.WORKFORCE, "Travel hours", Unit.HOURS, true),
    WAITING_HOURS(Group.WORKFORCE, "Waiting hours between visits", Unit.HOURS, true),
    TRAINING_HOURS(Group.WORKFORCE, "Training, meetings and induction hours", Unit.HOURS, true),
    PAID_HOURS(Group.WORKFORCE, "Paid hours (excluding holiday and sickness)", Unit.HOURS, true),
    WORKING_HOURS(Group.WORKFORCE, "Working hours for minimum wage purposes", Unit.HOURS, true),
    OFFICE_STAFF(Group.WORKFORCE, "Office and management staff", Unit.COUNT, false),
    // income
    INCOME(Group.INCOME, "Fee income", Unit.MONEY, true),
    GRANT_INCOME(Group.INCOME, "Grants", Unit.MONEY, true),
    // care worker costs
    CONTACT_PAY(Group.CARE_WORKER_COSTS, "Pay for contact time", Unit.MONEY, true),
    TRAVEL_PAY(Group.CARE_WORKER_COSTS, "Pay for travel time", Unit.MONEY, true),
    TRAINING_PAY(Group.CARE_WORKER_COSTS, "Pay for training, meetings and induction", Unit.MONEY, true),
    WAITING_PAY(Group.CARE_WORKER_COSTS, "Pay for waiting time between visits", Unit.MONEY, true),
    IDLE_PAY(Group.CARE_WORKER_COSTS, "Guaranteed hours paid but not worked", Unit.MONEY, true),
    HOLIDAY_PAY(Group.CARE_WORKER_COSTS, "Holiday pay", Unit.MONEY, true),
    SICK_PAY(Group.CARE_WORKER_COSTS, "Sick pay", Unit.MONEY, true),
    CARE_WORKER_NI(Group.CARE_WORKER_COSTS, "Employer National Insurance (care workers)", Unit.MONEY, true),
    CARE_WORKER_PENSION(Group.CARE_WORKER_COSTS, "Employer pension (care workers)", Unit.MONEY, true),
    MILEAGE(Group.CARE_WORKER_COSTS, "Mileage", Unit.MONEY, true),
    RECRUITMENT(Group.CARE_WORKER_COSTS, "Recruitment", Unit.MONEY, true),
    // business costs
    OFFICE_SALARIES(Group.BUSINESS_COSTS, "Management and office salaries", Unit.MONEY, true),
    OFFICE_NI(Group.BUSINESS_COSTS, "Employer National Insurance (office)", Unit.MONEY, true),
    OFFICE_PENSION(Group.BUSINESS_COSTS, "Employer pension (office)", Unit.MONEY, true),
    EMPLOYMENT_ALLOWANCE(Group.BUSINESS_COSTS, "Employment Allowance (reduces employer NI)", Unit.MONEY, true),
    OVERHEADS(Group.BUSINESS_COSTS, "Overheads", Unit.MONEY, true),
    START_UP_COSTS(Group.BUSINESS_COSTS, "Start-up costs", Unit.MONEY, true),
    MANAGEMENT_FEES(Group.BUSINESS_COSTS, "Management fees to a parent company", Unit.MONEY, true),
    CENTRAL_RECHARGES(Group.BUSINESS_COSTS, "Central overheads recharged by a group or council", Unit.MONEY, true),
    BAD_DEBT(Group.BUSINESS_COSTS, "Bad debt", Unit.MONEY, true),
    // totals
    OPERATING_COSTS(Group.RESULT, "Operating costs", Unit.MONEY, true),
    OPERATING_SURPLUS(Group.RESULT, "Operating surplus", Unit.MONEY, true),
    INTEREST(Group.RESULT, "Interest (loans and shares)", Unit.MONEY, true),
    INTEREST_TO_OWNERS(Group.RESULT, "of which interest on owners' loans", Unit.MONEY, true),
    SURPLUS_BEFORE_TAX(Group.RESULT, "Surplus before tax", Unit.MONEY, true),
    TAX(Group.RESULT, "Corporation tax", Unit.MONEY, true),
    SURPLUS_AFTER_TAX(Group.RESULT, "Surplus after tax", Unit.MONEY, true),
    WORKER_DIVIDEND(Group.RESULT, "Dividend to worker members", Unit.MONEY, true),
    OWNER_DIVIDEND(Group.RESULT, "Dividend to owners", Unit.MONEY, true),
    // cash
    OPENING_CASH(Group.CASH, "Opening cash", Unit.MONEY, false),
    RECEIPTS(Group.CASH, "Fees received", Unit.MONEY, true),
    GRANTS_RECEIVED(Group.CASH, "Grants received", Unit.MONEY, true),
    SHARE_CAPITAL_IN(Group.CASH, "Community and member shares paid in", Unit.MONEY, true),
    LOANS_IN(Group.CASH, "Loans drawn", Unit.MONEY, true),
    CASH_IN(Group.CASH, "Cash in", Unit.MONEY, true),
    PAYROLL_PAID(Group.CASH, "Pay, NI and pensions paid", Unit.MONEY, true),
    COSTS_PAID(Group.CASH, "Other costs paid", Unit.MONEY, true),
    INTEREST_PAID(Group.CASH, "Interest paid", Unit.MONEY, true),
    LOAN_REPAYMENTS(Group.CASH, "Loan capital repaid", Unit.MONEY, true),
    SHARE_WITHDRAWALS(Group.CASH, "Shares withdrawn or refunded", Unit.MONEY, true),
    TAX_PAID(Group.CASH, "Corporation tax paid", Unit.MONEY, true),
    DIVIDENDS_PAID(Group.CASH, "Dividends paid", Unit.MONEY, true),
    CASH_OUT(Group.CASH, "Cash out", Unit.MONEY, true),
    CLOSING_CASH(Group.CASH, "Closing cash", Unit.MONEY, false),
    // balances at the month's end
    RECEIVABLES(Group.BALANCES, "Fees invoiced, not yet received", Unit.MONEY, false),
    LOAN_BALANCE(Group.BALANCES, "Loans outstanding", Unit.MONEY, false),
    TAX_OWED(Group.BALANCES, "Corporation tax owed", Unit.MONEY, false),
    SHARE_CAPITAL(Group.BALANCES, "Share capital", Unit.MONEY, false),
    RETAINED_SURPLUS(Group.BALANCES, "Retained surplus", Unit.MONEY, false);

    /** The blocks of the projection, in the order of a cash-flow statement. */
    public enum Group {
        DEMAND("Demand"), WORKFORCE("Workforce"), INCOME("Income"), CARE_WORKER_COSTS("Care worker costs"),
        BUSINESS_COSTS("Business costs"), RESULT("Surplus"), CASH("Cash"), BALANCES("Balances");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Unit { MONEY, HOURS, COUNT }

    private final Group group;
    private final String label;
    private final Unit unit;
    private final boolean flow;

    Line(Group group, String label, Unit unit, boolean flow) {
        this.group = group;
        this.label = label;
        this.unit = unit;
        this.flow = flow;
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** True for a total over the month, false for a level at its end. */
    public boolean flow() {
        return flow;
    }

    /** snake_case name for JSON and CSV. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
