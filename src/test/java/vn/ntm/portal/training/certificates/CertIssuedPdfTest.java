package vn.ntm.portal.training.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.training.CertFixtures;
import vn.ntm.portal.training.domain.CertRecord;
import vn.ntm.portal.training.domain.CertSettings;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.internal.CertService;
import vn.ntm.portal.training.internal.TrainingStore;

/** An issued certificate's PDF, from the stored data: the holder, the register number, a QR code to its verification page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertIssuedPdfTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CertService certs;
    @Autowired
    TrainingStore store;

    @Test
    void theIssuedPdfCarriesTheNameTheNumberTheSettingsAndAQrCodeOfTheVerificationUrl() throws Exception {
        CertFixtures fx = new CertFixtures(jdbc);
        CertFixtures.Series s = fx.series("Chuỗi tập huấn trực tuyến nâng cao năng lực OCOP", 1);
        long issuer = jdbc.sql("INSERT INTO training_coorganiser (programme_id, name) VALUES (?, 'Văn phòng Điều phối nông thôn mới Trung ương') RETURNING id")
                .param(s.id()).query(Long.class).single();
        Programme p = store.programme(s.id()).orElseThrow();
        certs.saveSettings(p, new CertSettings("GCN-OCOP", "Hà Nội", "", java.util.List.of(issuer), true, "COMPLETED",
                java.time.LocalDate.of(2021, 10, 18), java.util.List.of(new CertSettings.Signer("TM. Ban tổ chức\nChánh Văn phòng", "Ngô Trường Sơn", null),
                new CertSettings.Signer("Giám đốc", "Nguyễn Văn Lợi", null)), 1));
        long r = fx.registrant(s.id(), "Đặng Thị Ước", null);
        CertRecord c = certs.issue(p, r, "thu");
        assertThat(c.registerNumber()).isEqualTo("0001/GCN-OCOP-2021");

        byte[] pdf = certs.pdf(p, c);
        String text = PdfChecks.squeezed(PdfChecks.text(pdf));
        assertThat(text).contains("ChứngnhậnBà:ĐẶNGTHỊƯỚC").contains("Sốvàosổ:0001/GCN-OCOP-2021").contains("Nămsinh:1985")
                .contains("ĐãhoànthànhChuỗitậphuấntrựctuyếnnângcaonănglựcOCOP").contains("HàNội,ngày18tháng10năm2021")
                .contains("VĂNPHÒNGĐIỀUPHỐINÔNGTHÔNMỚITRUNGƯƠNG").contains("NgôTrườngSơn").contains("NguyễnVănLợi")
                .contains("CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String qr = PdfChecks.qr(doc, 0);
            assertThat(qr).isEqualTo(certs.verificationUrl(c)).endsWith("/chung-nhan/" + c.verifyToken());
        }
        // the short address under the QR code is the same page
        assertThat(text).contains(PdfChecks.squeezed(certs.verificationUrl(c).replaceFirst("^https?://", "")));
    }

    @Test
    void everyIssuedCertificatePrintsAsOnePageOfOnePdfAndARevokedOneIsLeftOut() throws Exception {
        CertFixtures fx = new CertFixtures(jdbc);
        CertFixtures.Series s = fx.series("Chuỗi thử in hàng loạt", 1);
        fx.printable(s.id(), "GCN-IN");
        Programme p = store.programme(s.id()).orElseThrow();
        fx.registrant(s.id(), "Lý Văn Một", null);
        long b = fx.registrant(s.id(), "Lý Thị Hai", null);
        fx.registrant(s.id(), "Lý Văn Ba", null);
        certs.issueAll(p, "thu");
        certs.revoke(p, certs.current(b).orElseThrow().id(), "Thử thu hồi", "thu");
        var out = new java.io.ByteArrayOutputStream();
        assertThat(certs.printAll(p, out)).isEqualTo(2);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        String text = PdfChecks.squeezed(PdfChecks.text(out.toByteArray()));
        assertThat(text).contains("LÝVĂNMỘT").contains("LÝVĂNBA").doesNotContain("LÝTHỊHAI");
    }
}
