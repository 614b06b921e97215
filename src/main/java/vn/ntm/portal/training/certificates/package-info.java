/**
 * Printable PDFs of the training module, with no database: certificates ("Giấy chứng nhận") and the closing report.
 * Internal to the {@code training} module (not its public API); the module's services feed it and store or send
 * what it returns.
 *
 * <h2>Certificates</h2>
 * <ul>
 *   <li>{@link vn.ntm.portal.training.certificates.CertificateTemplate}: what a series' certificates share: one to
 *   three issuing bodies ({@link vn.ntm.portal.training.certificates.Issuer}: name, optional PNG/JPEG logo), whether the
 *   national motto is printed, the series name, first and last day, place and date of issue, one to three
 *   {@link vn.ntm.portal.training.certificates.Signatory signatories} (title lines, name, optional signature image).</li>
 *   <li>{@link vn.ntm.portal.training.certificates.CertificateData}: one certificate: the template, the
 *   {@link vn.ntm.portal.training.certificates.CertificateKind kind} ("Đã tham gia" / "Đã hoàn thành"), the
 *   {@link vn.ntm.portal.training.certificates.Honorific honorific} (Ông / Bà / Ông/Bà), the full name (printed in
 *   capitals, Vietnamese locale), an optional {@link vn.ntm.portal.training.certificates.BirthDate} (a date or a year),
 *   an optional workplace, the register number ("Số vào sổ") and the absolute URL of the public verification page
 *   (QR code, and printed without its scheme under the code).</li>
 *   <li>{@link vn.ntm.portal.training.certificates.CertificateRenderer}: {@code render(data)} gives a one-page PDF;
 *   {@code renderAll(iterable, out)} one PDF with a page per certificate (printing; pages buffered in temporary files);
 *   {@code renderZip(iterable, out)} a ZIP of one PDF each, named by {@code fileName(data)} (e-mailing; streamed).</li>
 * </ul>
 * The records check their data in their constructors and {@code render*} checks pictures, all raising
 * {@link java.lang.IllegalArgumentException} with a Vietnamese message that can be shown as is.
 *
 * <p>Layout (A4 landscape): a vector frame; the issuing bodies across the top (logos over their names in capitals),
 * the motto at the right when asked for; the red title; "Chứng nhận Ông/Bà: HỌ VÀ TÊN", birth and workplace lines,
 * the kind, the series name (bold, up to three balanced lines) and "từ ngày … đến ngày …" centred in the space left;
 * the place and date line over the signatories, which spread evenly right of the QR code (one signs at the right);
 * the QR code, its short address and "Số vào sổ" at the bottom left. Every text is measured: it shrinks, then
 * wraps, and the middle block shrinks as a whole, so long names and titles never leave the frame.
 *
 * <h2>Fonts</h2>
 * Noto Serif (regular, bold, italic) and Noto Sans (regular, bold), SIL Open Font License 1.1, in
 * {@code src/main/resources/fonts/} with {@code OFL.txt}: every Vietnamese letter, embedded as subsets. Each file is
 * parsed once per JVM and shared by every thread ({@link vn.ntm.portal.training.certificates.PdfFonts}); within one
 * document a face is loaded once however many pages use it, and repeated pictures are stored once.
 * Text is NFC-normalised; a character the font lacks is folded to plain letters rather than dropped silently.
 *
 * <h2>Closing report</h2>
 * {@link vn.ntm.portal.training.certificates.ReportPdf}: a small writer for the programme's printable report (A4
 * portrait): title page, headings, paragraphs, tables with a header row repeated on every page and zebra rows,
 * horizontal bar charts (label, value, percentage) drawn as vector graphics, page numbers.
 */
package vn.ntm.portal.training.certificates;
