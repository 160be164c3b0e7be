package vn.giamngheo.monitoring.domain;

/** Money allocated to and disbursed by a project (or sub-project) from one funding source, in VND. */
public record BudgetLine(String projectCode, String sourceCode, long allocatedVnd, long disbursedVnd) {
    public String key() {
        return projectCode + "/" + sourceCode;
    }

    /** Disbursed as a share of allocated, percent with two decimals; null when nothing was allocated. */
    public Double disbursedPercent() {
        return Indicators.coveragePercent(disbursedVnd, allocatedVnd);
    }
}
