package vn.ntm.portal.training.imports;

/** The order of day and month in a numeric date such as {@code 03/04/2025}. */
public enum DayMonthOrder {
    /** {@code MM/dd/yyyy}, as Zoom's US-English exports write it. */
    MONTH_FIRST,
    /** {@code dd/MM/yyyy}, as Vietnamese Excel writes it. */
    DAY_FIRST,
    /** Not known: the file decides, else the format's own default. */
    FORMAT_DEFAULT
}
