package vn.ntm.portal.training.certificates;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.portal.shared.ImageBytes;

/** Certificates for the tests: the reference series' shape, with drawn logos and signatures. */
final class Samples {

    static final String SERIES = "Chuỗi tập huấn trực tuyến \"Nâng cao năng lực triển khai Chương trình Mỗi xã một sản phẩm (OCOP)\"";

    private Samples() {
    }

    static byte[] logo(Color color, String letters) {
        BufferedImage img = new BufferedImage(160, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(color);
        g.fillOval(4, 4, 152, 152);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5));
        g.drawOval(16, 16, 128, 128);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, letters.length() > 3 ? 34 : 42));
        int w = g.getFontMetrics().stringWidth(letters);
        g.drawString(letters, 80 - w / 2, 96);
        g.dispose();
        return ImageBytes.png(img);
    }

    static byte[] signature(long seed) {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1a, 0x2a, 0x8a));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        java.util.Random r = new java.util.Random(seed);
        float x = 30;
        float y = 70;
        for (int i = 0; i < 4; i++) {
            float nx = x + 50 + r.nextInt(20);
            float ny = 50 + r.nextInt(40);
            g.draw(new CubicCurve2D.Float(x, y, x + 20, y - 60, nx - 20, ny + 60, nx, ny));
            x = nx;
            y = ny;
        }
        g.dispose();
        return ImageBytes.png(img);
    }

    static List<Issuer> issuers(int n) {
        List<Issuer> all = List.of(
                new Issuer("Trung tâm Phát triển nông thôn, Học viện Nông nghiệp Việt Nam", logo(new Color(0x1d, 0x6f, 0x3a), "VNUA")),
                new Issuer("Văn phòng Điều phối nông thôn mới Trung ương", logo(new Color(0xb0, 0x1e, 0x23), "NTM")),
                new Issuer("Tổ chức Đại học Pháp ngữ", logo(new Color(0x1f, 0x4e, 0x9a), "AUF")));
        return all.subList(0, n);
    }

    static List<Signatory> signatories(int n) {
        List<Signatory> all = List.of(
                new Signatory("KT. Giám đốc\nPhó Giám đốc", "Nguyễn Văn Lợi", signature(1)),
                new Signatory("TM. Ban tổ chức\nChánh Văn phòng", "Ngô Trường Sơn", signature(2)),
                new Signatory("Giám đốc khu vực châu Á - Thái Bình Dương", "Trần Thị Hồng Ánh", null));
        return all.subList(0, n);
    }

    static CertificateTemplate template(int issuers, boolean motto, int signatories, String series) {
        return new CertificateTemplate(issuers(issuers), motto, series, LocalDate.of(2021, 9, 28), LocalDate.of(2021, 10, 18),
                "Hà Nội", LocalDate.of(2021, 10, 18), signatories(signatories));
    }

    static String url(int n) {
        return "https://ntm.example.gov.vn/tap-huan/xac-minh/" + String.format("K7Q2%05d", n);
    }

    static CertificateData certificate(CertificateTemplate t, String name, String workplace, int n) {
        return certificate(t, Honorific.BA, name, workplace, n);
    }

    static CertificateData certificate(CertificateTemplate t, Honorific h, String name, String workplace, int n) {
        String number = String.format("OCOP-2021/%05d", n);
        return new CertificateData(t, CertificateKind.COMPLETED, h, name, BirthDate.ofYear(1986), workplace,
                number, url(n));
    }

    static CertificateData standard() {
        return certificate(template(3, true, 2, SERIES), "Nguyễn Thị Hồng Nhung", "Hợp tác xã Nông nghiệp Hồng Phong, tỉnh Hưng Yên", 123);
    }
}
