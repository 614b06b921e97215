/**
 * Parsing and computing for the training module's imports of platform reports: no database, no Spring, no I/O
 * beyond the bytes given. Internal to the {@code training} module.
 *
 * <h2>Wiring an import screen</h2>
 * <pre>{@code
 * byte[] raw = upload.getBytes();                       // keep raw, ReportImports.sha256(raw), PARSER_VERSION
 * ImportOptions options = ImportOptions.defaults()        // Asia/Ho_Chi_Minh; the screen asks the zone
 *         .withZone(zoneTheUserChose)
 *         .withDayMonthHint(DayMonthOrder.FORMAT_DEFAULT); // or DAY_FIRST / MONTH_FIRST when the user says so
 * ImportResult result = ReportImports.parse(ReportKind.ZOOM_MEETING, fileName, raw, options); // null kind: any
 * if (!result.acceptable()) {
 *     // all-or-nothing: store nothing, show result.errors() (ImportError.message() is the full Vietnamese line,
 *     // "Dòng 12: thời gian vào phòng "…" không đúng định dạng ngày giờ."; row() 0 = the whole file), 4xx
 * }
 * // result.warnings() are shown but do not block (e.g. a phone number whose lost leading zero was restored)
 * if (result instanceof ZoomMeetingReport m) {
 *     List<ZoomPerson> people = ZoomPeople.group(m.intervals());             // waiting room left out
 *     MatchResult match = new RegistrationMatcher(candidates, provinceResolver).match(people);
 *     match.intervalsByRegistration().forEach((registrationId, intervals) ->
 *             Attendance.of(intervals, sessionWindow, rules));                 // minutes, percent, status
 *     match.review();                                                          // the manual review queue
 *     Reach reach = ReachFigures.of(m, sessionWindow);                         // in "lượt"
 * } else if (result instanceof ZoomWebinarReport w) {
 *     ZoomPeople.group(w, "Tỉnh/Thành phố");  // attendees + panelists, with the province question's answer
 *     ReachFigures.of(w, sessionWindow);       // attendees + "Other Attended", Zoom's own figures beside
 * } else if (result instanceof ZoomQaReport q) {
 *     q.questions();                           // to the topic's Q&A
 * } else if (result instanceof YouTubeReport y) {
 *     ReachFigures.of(y);
 * } else if (result instanceof FacebookReport f) {
 *     ReachFigures.of(f);                      // f.kind(): posts or videos
 * }                                            // UnrecognisedReport is never acceptable
 * }</pre>
 * {@link vn.ntm.portal.training.imports.ReportImports#sniff} tells the kind without parsing everything (to preselect
 * the screen). Re-import detection is the caller's: compare {@code sha256} of the raw bytes.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Encoding</b> ({@code TextDecoding}): UTF-8 with or without BOM; UTF-16 LE/BE by BOM or NUL pattern; anything
 *       else refused. Windows-1258 is recognised and named in the message but not decoded: Excel loses letters it
 *       cannot write in that code page and TCVN3/VNI look alike, so a guess could print a wrong name on a
 *       certificate. The message tells the user to save as "CSV UTF-8". Text is returned in NFC.</li>
 *   <li><b>CSV</b> ({@code CsvReader}): RFC 4180, CRLF/LF/CR, delimiter (comma, tab, semicolon) detected on the
 *       header and section lines. Rows are numbered as a spreadsheet shows them: 1-based, every record counts
 *       (preamble, blank rows, headers), a quoted cell spanning lines is one row.</li>
 *   <li><b>Cells</b>: {@code --}, empty and {@code NA} are null; missing trailing cells are null; extra trailing
 *       empty columns are ignored. Identifiers stay text; Excel's {@code ="…"} and leading {@code '} are removed;
 *       E-notation ({@code 8.12345E+10}) is a row error (digits lost); a 9-digit mobile number without its leading
 *       zero is restored with a warning.</li>
 *   <li><b>Headers</b> are matched by normalised name (trim, case-fold, diacritics folded, spaces collapsed, trailing
 *       colons dropped), never by position; the original header text is kept; unknown webinar attendee columns are
 *       the custom registration questions.</li>
 *   <li><b>Dates</b> ({@code DateTimes}, {@code DateOrderDetector}): the forms listed in {@code DateTimes}; numeric
 *       day/month order is decided once per file: a field above 12 decides; else the user's hint; else a 12-hour
 *       clock means month first; else the format's default (month first: Zoom, YouTube and Facebook export
 *       US-English). A date that fits no form is a row error.</li>
 *   <li><b>Q&amp;A layout</b> is an assumption from Zoom's Q&amp;A report ({@code Question Details} with
 *       {@code #,Question,Asker Name,Asker Email,Answer(s)}); see {@code ZoomQaParser}.</li>
 *   <li><b>Attendance</b>: union of the intervals clipped to the session (never the sum), minutes rounded down;
 *       present at ≥ X minutes or ≥ Y %; late when present and first joined more than Z minutes after the start;
 *       otherwise absent ({@link vn.ntm.portal.training.imports.AttendanceRules}).</li>
 *   <li><b>Matching</b>: e-mail, then phone ({@code +84}), then folded name (also given name first, also with a
 *       suffix such as " - Nghệ An" cut off) within the same province; the rest is reviewed
 *       ({@link vn.ntm.portal.training.imports.RegistrationMatcher}).</li>
 *   <li><b>Reach</b> is counted in "lượt", never people, and never added to identified attendance.</li>
 *   <li><b>ZIP</b> (YouTube Studio): at most 32 entries, 20 MB per entry, 40 MB in all, counted while inflating.</li>
 * </ul>
 */
package vn.ntm.portal.training.imports;
