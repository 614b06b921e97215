package vn.ntm.portal.training.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ntm.portal.training.certificates.PdfChecks.TextLine;

class CertificateRendererTest {

    /** Every Vietnamese vowel with each of the five tones (and none), built from combining marks, then composed. */
    static String allVowels(boolean upper) {
        String[] bases = {"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        StringBuilder b = new StringBuilder();
        for (String base : bases) {
            for (String tone : tones) {
                String letter = Normalizer.normalize(base + tone, Normalizer.Form.NFC);
                assertThat(letter).as("one precomposed letter").hasSize(1);
                b.append(upper ? letter.toUpperCase(PdfText.VI) : letter);
            }
            b.append(' ');
        }
        return b.append(upper ? "Đ" : "đ").toString();
    }

    @Test
    void everyVietnameseLetterComesBackFromTheTextLayer() throws Exception {
        String pangram = "Nằm trên đồi, gió thổi; sóng xô bờ cuộn trào; những cánh buồm lướt ngược xuôi, thuyền về bến muộn";
        var t = Samples.template(3, true, 2, "Chuỗi tập huấn " + allVowels(true) + " — " + pangram);
        var data = new CertificateData(t, CertificateKind.COMPLETED, Honorific.ONG, "Đặng Văn Ước", BirthDate.ofYear(1979),
                "Trường Đại học Nông Lâm " + allVowels(false) + " ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ ề ế ể ễ ệ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ",
                "OCOP-2021/00001", Samples.url(1));
        String text = PdfChecks.squeezed(PdfChecks.text(CertificateRenderer.render(data)));
        assertThat(text)
                .contains(PdfChecks.squeezed("Chứng nhận Ông: ĐẶNG VĂN ƯỚC"))
                .contains(PdfChecks.squeezed(allVowels(true)))
                .contains(PdfChecks.squeezed(pangram))
                .contains(PdfChecks.squeezed("Đơn vị công tác: Trường Đại học Nông Lâm " + allVowels(false)))
                .contains(PdfChecks.squeezed("ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ ề ế ể ễ ệ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ"))
                .contains("GIẤYCHỨNGNHẬN", "CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM", "Độclập-Tựdo-Hạnhphúc")
                .contains("Nămsinh:1979", "ĐãhoànthànhChuỗitậphuấn", "từngày28/09/2021đếnngày18/10/2021")
                .contains("HàNội,ngày18tháng10năm2021", "Sốvàosổ:OCOP-2021/00001")
                .contains("TRUNGTÂMPHÁTTRIỂNNÔNGTHÔN", "KT.GIÁMĐỐC", "NguyễnVănLợi", "NgôTrườngSơn");
    }

    @Test
    void aDecomposedNameIsComposedAndUpperCasedTheVietnameseWay() throws Exception {
        String nfd = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);
        var data = Samples.certificate(Samples.template(1, false, 1, Samples.SERIES), nfd, null, 2);
        assertThat(PdfChecks.text(CertificateRenderer.render(data))).contains("Chứng nhận Bà: NGUYỄN THỊ HỒNG NHUNG");
    }

    @Test
    void theFontsAreNotoSubsetsEmbeddedInTheFile() throws Exception {
        try (PDDocument doc = Loader.loadPDF(CertificateRenderer.render(Samples.standard()))) {
            PDPage page = doc.getPage(0);
            Set<String> names = new HashSet<>();
            for (COSName n : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(n);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                // a subset: the six-letter tag PDFBox gives an embedded subset
                assertThat(font.getName()).matches("[A-Z]{6}\\+Noto.*");
            }
            assertThat(names).contains("NotoSerif-Bold", "NotoSerif-Regular", "NotoSerif-Italic", "NotoSans-Regular");
        }
    }

    @Test
    void theQrCodeReadsAsTheVerificationAddressAndTheShortAddressIsPrinted() throws Exception {
        var data = Samples.standard();
        try (PDDocument doc = Loader.loadPDF(CertificateRenderer.render(data))) {
            assertThat(PdfChecks.qr(doc, 0)).isEqualTo("https://ntm.example.gov.vn/tap-huan/xac-minh/K7Q200123");
            String text = PdfChecks.squeezed(PdfChecks.text(CertificateRenderer.render(data)));
            assertThat(text).contains("ntm.example.gov.vn/tap-huan/xac-minh/K7Q200123").doesNotContain("https://");
        }
    }

    @Test
    void aVeryLongNameTitleAndWorkplaceStayInsideTheFrameAndAreAllPrinted() throws Exception {
        String title = "Chuỗi tập huấn trực tuyến nâng cao năng lực cho cán bộ, công chức và các chủ thể OCOP về phát triển sản phẩm "
                + "từ lợi thế địa phương, lập phương án sản xuất kinh doanh, câu chuyện sản phẩm và tiêu chuẩn hóa sản phẩm";
        String name = "Công Tằng Tôn Nữ Thị Phương Thảo Nguyễn Hoàng Bảo Ngọc Trâm Anh";
        assertThat(title.length()).isGreaterThanOrEqualTo(200);
        assertThat(name.length()).isGreaterThanOrEqualTo(60);
        String workplace = "Phòng Kinh tế, Ủy ban nhân dân xã Quảng Phú, tỉnh Quảng Ngãi, và Hợp tác xã Dịch vụ Nông nghiệp Tổng hợp Quảng Phú";
        var data = Samples.certificate(Samples.template(3, true, 3, title), name, workplace, 3);
        byte[] pdf = CertificateRenderer.render(data);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertInsideFrame(doc, 0);
        }
        String text = PdfChecks.squeezed(PdfChecks.text(pdf));
        assertThat(text).contains(PdfChecks.squeezed(name.toUpperCase(PdfText.VI)), PdfChecks.squeezed(title),
                PdfChecks.squeezed(workplace), "từngày28/09/2021đếnngày18/10/2021", "HàNội,ngày18tháng10năm2021");
    }

    @Test
    void absurdlyLongTextStillStaysInsideTheFrame() throws Exception {
        String word = "Nông thôn mới ";
        var t = new CertificateTemplate(List.of(new Issuer(word.repeat(12), null), new Issuer(word.repeat(12), Samples.logo(java.awt.Color.RED, "X")),
                new Issuer("Trường", null)), true, word.repeat(40), LocalDate.of(2021, 9, 28), LocalDate.of(2021, 10, 18),
                "Thành phố Hồ Chí Minh " + word.repeat(6), LocalDate.of(2021, 10, 18),
                List.of(Signatory.of(word.repeat(8), word.repeat(5)), Signatory.of("Giám đốc", "Nguyễn Văn A"), Signatory.of("X", "Y")));
        var data = new CertificateData(t, CertificateKind.PARTICIPATED, Honorific.ONG_BA, word.repeat(10) + "Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                BirthDate.of(LocalDate.of(1990, 3, 5)), word.repeat(20), "SỐ-" + "9".repeat(80), "https://ntm.example.gov.vn/" + "x".repeat(180));
        try (PDDocument doc = Loader.loadPDF(CertificateRenderer.render(data))) {
            assertInsideFrame(doc, 0);
            assertThat(PdfChecks.qr(doc, 0)).isEqualTo(data.verificationUrl());
        }
    }

    private static void assertInsideFrame(PDDocument doc, int page) throws Exception {
        PDRectangle box = doc.getPage(page).getMediaBox();
        assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
        List<TextLine> words = PdfChecks.words(doc, page + 1);
        assertThat(words).hasSizeGreaterThan(12);
        float frame = CertificatePage.FRAME;
        for (TextLine w : words) {
            assertThat(w.left()).as("left of " + w.text()).isGreaterThanOrEqualTo(frame);
            assertThat(w.right()).as("right of " + w.text()).isLessThanOrEqualTo(box.getWidth() - frame);
            assertThat(w.top()).as("top of " + w.text()).isGreaterThanOrEqualTo(frame);
            assertThat(w.bottom()).as("bottom of " + w.text()).isLessThanOrEqualTo(box.getHeight() - frame);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void signatoriesAreLaidOutEvenlyInTheirOrder(int n) throws Exception {
        var data = Samples.certificate(Samples.template(n, n != 2, n, Samples.SERIES), "Nguyễn Thị Hồng Nhung", "Sở Nông nghiệp và Môi trường", 4);
        List<String> signers = List.of("Nguyễn Văn Lợi", "Ngô Trường Sơn", "Trần Thị Hồng Ánh").subList(0, n);
        try (PDDocument doc = Loader.loadPDF(CertificateRenderer.render(data))) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            List<TextLine> lines = PdfChecks.lines(doc, 1);
            List<TextLine> names = new ArrayList<>();
            for (String s : signers) {
                names.add(lines.stream().filter(l -> l.text().equals(s)).findFirst().orElseThrow(() -> new AssertionError(s + " in " + lines)));
            }
            // on one baseline, left to right in the given order, at even steps
            for (TextLine name : names) {
                assertThat(name.bottom()).isCloseTo(names.get(0).bottom(), org.assertj.core.data.Offset.offset(0.5f));
            }
            for (int i = 1; i < n; i++) {
                assertThat(names.get(i).centre()).isGreaterThan(names.get(i - 1).centre() + 150);
            }
            if (n == 3) {
                float step1 = names.get(1).centre() - names.get(0).centre();
                float step2 = names.get(2).centre() - names.get(1).centre();
                assertThat(step2).isCloseTo(step1, org.assertj.core.data.Offset.offset(1f));
            }
            if (n == 1) {
                assertThat(names.get(0).centre()).as("a single signatory signs at the right").isGreaterThan(width * 0.65f);
            }
            // each signatory's title sits above the name, centred on the same column
            TextLine firstTitle = lines.stream().filter(l -> l.text().equals("KT. GIÁM ĐỐC")).findFirst().orElseThrow();
            assertThat(firstTitle.bottom()).isLessThan(names.get(0).top() - 50);
            assertThat(firstTitle.centre()).isCloseTo(names.get(0).centre(), org.assertj.core.data.Offset.offset(1f));
            // the place and date line is above the signatures
            TextLine placeDate = lines.stream().filter(l -> l.text().startsWith("Hà Nội, ngày 18 tháng 10 năm 2021")).findFirst().orElseThrow();
            assertThat(placeDate.bottom()).isLessThan(firstTitle.top());
            assertInsideFrame(doc, 0);
        }
    }

    @Test
    void bulkOutputIsOnePdfWithAPagePerCertificateSharingItsFonts() throws Exception {
        var t = Samples.template(3, true, 2, Samples.SERIES);
        List<CertificateData> all = IntStream.rangeClosed(1, 50)
                .mapToObj(i -> Samples.certificate(t, "Học viên Số " + i + " Lê Thị Ánh", "Xã Phú Lộc, tỉnh Quảng Trị", i)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(CertificateRenderer.renderAll(all, out)).isEqualTo(50);
        byte[] single = CertificateRenderer.render(all.get(0));
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(50);
            for (int p : new int[] {1, 17, 50}) {
                String text = PdfChecks.squeezed(PdfChecks.lines(doc, p).stream().map(TextLine::text).reduce("", String::concat));
                assertThat(text).contains("HỌCVIÊNSỐ" + p + "LÊTHỊÁNH", String.format("Sốvàosổ:OCOP-2021/%05d", p));
                assertThat(PdfChecks.qr(doc, p - 1)).isEqualTo(Samples.url(p));
            }
            // the same font and logo objects on every page: embedded once, not fifty times
            var first = doc.getPage(0).getResources();
            var last = doc.getPage(49).getResources();
            for (COSName n : first.getFontNames()) {
                assertThat(last.getFont(n).getCOSObject()).isSameAs(first.getFont(n).getCOSObject());
            }
        }
        assertThat(out.size()).as("50 pages weigh far less than 50 single files").isLessThan(single.length * 50 / 5);
    }

    @Test
    void bulkOutputAsZipHoldsOneNamedPdfPerCertificate() throws Exception {
        var t = Samples.template(2, false, 1, Samples.SERIES);
        List<CertificateData> all = new ArrayList<>(IntStream.rangeClosed(1, 5)
                .mapToObj(i -> Samples.certificate(t, "Trần Văn Đức", null, i)).toList());
        all.add(all.get(0)); // the same certificate twice still gives two distinct entries
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(CertificateRenderer.renderZip(all, out)).isEqualTo(6);
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
                byte[] pdf = zip.readAllBytes();
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertThat(doc.getNumberOfPages()).isEqualTo(1);
                }
                assertThat(PdfChecks.text(pdf)).contains("TRẦN VĂN ĐỨC");
            }
        }
        assertThat(names).hasSize(6).contains("giay-chung-nhan-ocop-2021-00001-tran-van-duc.pdf",
                "giay-chung-nhan-ocop-2021-00001-tran-van-duc-2.pdf");
    }

    @Test
    void certificatesRenderSafelyOnSeveralThreadsAtOnce() throws Exception {
        var t = Samples.template(3, true, 3, Samples.SERIES);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                int n = i;
                results.add(pool.submit(() -> PdfChecks.text(CertificateRenderer.render(Samples.certificate(t, "Phạm Thị Ngọc Ánh " + n, null, n)))));
            }
            for (int i = 1; i <= 12; i++) {
                assertThat(results.get(i - 1).get()).contains("PHẠM THỊ NGỌC ÁNH " + i, String.format("OCOP-2021/%05d", i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void datesFollowOfficialVietnameseWriting() throws Exception {
        assertThat(CertificatePage.longDate(LocalDate.of(2021, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2021");
        assertThat(CertificatePage.longDate(LocalDate.of(2021, 10, 18))).isEqualTo("ngày 18 tháng 10 năm 2021");
        assertThat(CertificatePage.longDate(LocalDate.of(2021, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2021");
        assertThat(BirthDate.ofYear(1985).printed()).isEqualTo("Năm sinh: 1985");
        assertThat(BirthDate.of(LocalDate.of(1985, 3, 5)).printed()).isEqualTo("Ngày sinh: 05/03/1985");
        var oneDay = new CertificateTemplate(Samples.issuers(1), false, "Hội nghị tổng kết", LocalDate.of(2021, 10, 18),
                LocalDate.of(2021, 10, 18), "Hà Nội", LocalDate.of(2021, 10, 18), Samples.signatories(1));
        var data = new CertificateData(oneDay, CertificateKind.PARTICIPATED, null, "Lò Văn Pó", null, null, "1", Samples.url(5));
        String text = PdfChecks.text(CertificateRenderer.render(data));
        assertThat(text).contains("Chứng nhận Ông/Bà: LÒ VĂN PÓ", "Đã tham gia", "ngày 18/10/2021")
                .doesNotContain("từ ngày", "sinh:", "Đơn vị công tác");
    }

    @Test
    void logosAndSignaturesArePngWithTransparencyOrJpegAndDrawnOncePerDocument() throws Exception {
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(120, 90, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = photo.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, 120, 90);
        g.dispose();
        byte[] jpeg = vn.ntm.portal.shared.ImageBytes.jpeg(photo);
        byte[] png = Samples.logo(java.awt.Color.GREEN, "NTM");
        var t = new CertificateTemplate(List.of(new Issuer("Sở A", jpeg), new Issuer("Sở B", png)), false, "X", LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 1, 2), "Hà Nội", LocalDate.of(2021, 1, 2), List.of(new Signatory("Giám đốc", "Lê Văn C", png)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateRenderer.renderAll(List.of(Samples.certificate(t, "Một", null, 1), Samples.certificate(t, "Hai", null, 2)), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (int p = 0; p < 2; p++) {
                var res = doc.getPage(p).getResources();
                Set<COSName> filters = new HashSet<>();
                Set<Object> objects = new HashSet<>();
                for (COSName n : res.getXObjectNames()) {
                    var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) res.getXObject(n);
                    filters.add(image.getCOSObject().getCOSName(COSName.FILTER));
                    objects.add(image.getCOSObject());
                    if (image.getCOSObject().getCOSName(COSName.FILTER).equals(COSName.FLATE_DECODE)) {
                        assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK)).as("PNG transparency kept").isNotNull();
                        assertThat(image.getImage().getWidth()).isEqualTo(160);
                    }
                }
                // the PNG used as logo and as signature is one image object
                assertThat(objects).hasSize(2);
                assertThat(filters).containsExactlyInAnyOrder(COSName.DCT_DECODE, COSName.FLATE_DECODE);
            }
        }
    }

    @Test
    void badInputIsRefusedWithVietnameseMessages() {
        assertThatThrownBy(() -> Samples.template(3, true, 0, Samples.SERIES)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Giấy chứng nhận cần từ 1 đến 3 người ký.");
        List<Signatory> four = new ArrayList<>(Samples.signatories(3));
        four.add(Signatory.of("Thư ký", "Nguyễn Văn B"));
        assertThatThrownBy(() -> new CertificateTemplate(Samples.issuers(1), false, "X", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 2),
                "Hà Nội", LocalDate.of(2021, 1, 2), four)).hasMessage("Giấy chứng nhận cần từ 1 đến 3 người ký.");
        assertThatThrownBy(() -> new CertificateTemplate(Samples.issuers(1), false, "X", LocalDate.of(2021, 1, 3), LocalDate.of(2021, 1, 2),
                "Hà Nội", LocalDate.of(2021, 1, 2), Samples.signatories(1))).hasMessage("Ngày kết thúc không được trước ngày bắt đầu.");
        var t = Samples.template(1, false, 1, "X");
        assertThatThrownBy(() -> new CertificateData(t, null, null, "A", null, null, "1", "javascript:alert(1)"))
                .hasMessage("Địa chỉ xác minh phải là một địa chỉ http(s) đầy đủ.");
        assertThatThrownBy(() -> new CertificateData(t, null, null, " ", null, null, "1", Samples.url(1)))
                .hasMessage("Họ và tên người được cấp không được để trống.");
        var badLogo = new CertificateTemplate(List.of(new Issuer("Sở Nông nghiệp", "GIF89a not a png".getBytes())), false, "X",
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 2), "Hà Nội", LocalDate.of(2021, 1, 2), Samples.signatories(1));
        assertThatThrownBy(() -> CertificateRenderer.render(new CertificateData(badLogo, null, null, "A", null, null, "1", Samples.url(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Logo của Sở Nông nghiệp phải là ảnh PNG hoặc JPEG.");
        byte[] brokenPng = Samples.logo(java.awt.Color.BLUE, "X").clone();
        java.util.Arrays.fill(brokenPng, 20, brokenPng.length, (byte) 7);
        var badPng = new CertificateTemplate(List.of(new Issuer("Sở Nông nghiệp", brokenPng)), false, "X",
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 2), "Hà Nội", LocalDate.of(2021, 1, 2), Samples.signatories(1));
        assertThatThrownBy(() -> CertificateRenderer.render(new CertificateData(badPng, null, null, "A", null, null, "1", Samples.url(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Logo của Sở Nông nghiệp không đọc được (cần ảnh PNG hoặc JPEG).");
        assertThatThrownBy(() -> CertificateRenderer.renderAll(List.of(), new ByteArrayOutputStream()))
                .hasMessage("Không có giấy chứng nhận nào để in.");
    }
}
