package vn.ntm.portal.training.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.ntm.portal.shared.VietnameseText;

/**
 * Renders certificates ("Giấy chứng nhận") as PDF: one certificate, many as one multi-page PDF (for printing) or many
 * as a ZIP of one PDF each (for e-mailing). Stateless and thread-safe; the fonts are parsed once per JVM
 * ({@link PdfFonts}) and, within one document, loaded and embedded once however many pages it has; pictures repeated
 * on several pages (logos, signatures) are stored once per document.
 *
 * <p>Bad data (an unreadable logo, for instance) raises {@link IllegalArgumentException} with a Vietnamese message.
 */
public final class CertificateRenderer {

    private CertificateRenderer() {
    }

    /** One certificate as a one-page PDF. */
    public static byte[] render(CertificateData data) {
        try (PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
             ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            describe(doc, "Giấy chứng nhận - " + data.fullName().strip(), data.template().seriesTitle());
            new CertificatePage(doc, new PdfFonts.ForDocument(doc), new PdfImages(doc)).draw(data);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * All the certificates as one PDF, a page each, in order (for printing). The pages are buffered in temporary files
     * rather than in memory until the document is written; returns the number of pages.
     */
    public static int renderAll(Iterable<CertificateData> all, OutputStream out) {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            CertificatePage page = new CertificatePage(doc, new PdfFonts.ForDocument(doc), new PdfImages(doc));
            int n = 0;
            String series = null;
            for (CertificateData data : all) {
                page.draw(data);
                series = data.template().seriesTitle();
                n++;
            }
            if (n == 0) {
                throw new IllegalArgumentException("Không có giấy chứng nhận nào để in.");
            }
            describe(doc, "Giấy chứng nhận (" + n + " bản)", series);
            doc.save(out);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * All the certificates as a ZIP archive of one PDF each, named by {@link #fileName} (made unique within the
     * archive), written as they are rendered so memory stays flat; returns the number of files. The stream is
     * finished but not closed.
     */
    public static int renderZip(Iterable<CertificateData> all, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            Set<String> names = new HashSet<>();
            int n = 0;
            for (CertificateData data : all) {
                byte[] pdf = render(data);
                String name = fileName(data);
                for (int i = 2; !names.add(name); i++) {
                    name = fileName(data).replaceFirst("\\.pdf$", "-" + i + ".pdf");
                }
                ZipEntry entry = new ZipEntry(name);
                zip.putNextEntry(entry);
                zip.write(pdf);
                zip.closeEntry();
                n++;
            }
            zip.finish();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "giay-chung-nhan-2021-ocop-00123-nguyen-thi-hong-nhung.pdf": ASCII, safe on every file system and mail client. */
    public static String fileName(CertificateData data) {
        String number = VietnameseText.fold(data.registerNumber()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String name = VietnameseText.slug(data.fullName());
        String base = ("giay-chung-nhan-" + number + "-" + name).replaceAll("-{2,}", "-").replaceAll("-$", "");
        return (base.length() > 150 ? base.substring(0, 150) : base) + ".pdf";
    }

    private static void describe(PDDocument doc, String title, String subject) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(VietnameseText.nfc(title));
        info.setSubject(subject == null ? null : VietnameseText.nfc(subject));
        info.setCreator("NTM Portal");
        info.setCreationDate(Calendar.getInstance());
        doc.setDocumentInformation(info);
        doc.getDocumentCatalog().setLanguage("vi-VN");
    }
}
