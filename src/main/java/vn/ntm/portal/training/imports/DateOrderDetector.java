package vn.ntm.portal.training.imports;

/**
 * Decides, once per file, whether numeric dates are month first or day first. {@code 03/04/2025} fits both, so the
 * whole file decides:
 * <ol>
 *   <li>a first field above 12 anywhere ({@code 28/03/2020}) means day first; a second field above 12
 *       ({@code 03/28/2020}) means month first;</li>
 *   <li>failing that, the user's hint ({@link ImportOptions#dayMonthHint()}) when given;</li>
 *   <li>failing that, a 12-hour clock ({@code AM}/{@code PM}) means month first (the US-English form);</li>
 *   <li>failing that, the format's default: month first for Zoom and Facebook (US-English exports).</li>
 * </ol>
 * When a file holds both kinds of evidence, the majority wins and the rows that contradict it become row errors (their
 * dates do not parse in the chosen order).
 */
final class DateOrderDetector {

    private int dayFirstEvidence;
    private int monthFirstEvidence;
    private boolean twelveHourClock;

    /** Looks at one date cell (null and non-numeric cells are ignored). */
    void offer(String text) {
        if (!DateTimes.isNumericDate(text)) {
            return;
        }
        int a = 0;
        int i = 0;
        int n = text.length();
        while (i < n && Character.isDigit(text.charAt(i))) {
            a = a * 10 + (text.charAt(i++) - '0');
        }
        if (i >= n) {
            return;
        }
        i++;
        int b = 0;
        while (i < n && Character.isDigit(text.charAt(i))) {
            b = b * 10 + (text.charAt(i++) - '0');
        }
        if (a > 12 && b <= 12) {
            dayFirstEvidence++;
        } else if (b > 12 && a <= 12) {
            monthFirstEvidence++;
        }
        if (!twelveHourClock) {
            char last = text.charAt(n - 1);
            twelveHourClock = (last == 'M' || last == 'm') && n > 2 && (text.charAt(n - 2) == 'A' || text.charAt(n - 2) == 'P'
                    || text.charAt(n - 2) == 'a' || text.charAt(n - 2) == 'p');
        }
    }

    /** True for day first. */
    boolean dayFirst(DayMonthOrder hint, DayMonthOrder formatDefault) {
        if (dayFirstEvidence > 0 || monthFirstEvidence > 0) {
            return dayFirstEvidence > monthFirstEvidence;
        }
        if (hint != DayMonthOrder.FORMAT_DEFAULT) {
            return hint == DayMonthOrder.DAY_FIRST;
        }
        if (twelveHourClock) {
            return false;
        }
        return formatDefault == DayMonthOrder.DAY_FIRST;
    }

    /** The parser for the file: the detected order in the options' zone. */
    DateTimes resolve(ImportOptions options, DayMonthOrder formatDefault) {
        return new DateTimes(options.zone(), dayFirst(options.dayMonthHint(), formatDefault));
    }
}
