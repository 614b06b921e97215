package vn.ntm.portal.training.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.CertEligibility;
import vn.ntm.portal.training.domain.CertRecord;
import vn.ntm.portal.training.domain.CertRow;
import vn.ntm.portal.training.domain.CertSettings;
import vn.ntm.portal.training.domain.Coorganiser;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.internal.CertMail;

/** What the certificates screen of a programme shows. */
public record CertPage(Programme programme, CertEligibility.Rules rules, CertSettings settings, List<Coorganiser> coorganisers,
                       List<CertRow> rows, long total, long eligible, long issued, long toMail, List<CertRecord> revoked,
                       int page, int pages, Map<String, String> kept, List<CertMail.Job> jobs, String notice, String error) {

    /** The list filters: value → label. */
    public static final Map<String, String> SHOWS = new java.util.LinkedHashMap<>();

    static {
        SHOWS.put("", "Tất cả");
        SHOWS.put("du-dieu-kien", "Đủ điều kiện");
        SHOWS.put("chua-du", "Chưa đủ điều kiện");
        SHOWS.put("da-cap", "Đã cấp");
        SHOWS.put("chua-cap", "Đủ điều kiện, chưa cấp");
        SHOWS.put("quyet-dinh", "Có quyết định của ban tổ chức");
    }

    public String base() {
        return TrainingMenu.ADMIN + "/" + programme.id() + "/chung-nhan";
    }

    public String param(String name) {
        return kept.getOrDefault(name, "");
    }

    public String number(long n) {
        return VietnameseFormat.number(n);
    }

    public boolean issuerChosen(long id) {
        return settings.issuerIds().contains(id);
    }

    public CertSettings.Signer signer(int i) {
        return settings.signer(i);
    }

    public String signerTitle(int i) {
        return signer(i) == null ? "" : signer(i).title();
    }

    public String signerName(int i) {
        return signer(i) == null ? "" : signer(i).name();
    }

    public boolean signerImage(int i) {
        return signer(i) != null && signer(i).imageId() != null;
    }

    public String issuedOnValue() {
        return settings.issuedOn() == null ? "" : settings.issuedOn().toString();
    }

    public String example() {
        java.time.LocalDate on = settings.issuedOn() != null ? settings.issuedOn() : java.time.LocalDate.now(VietnameseFormat.ZONE);
        return settings.registerNumber(settings.nextSerial(), on.getYear());
    }

    public String pageLink(int n) {
        String q = kept.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return base() + "?" + (q.isEmpty() ? "" : q + "&") + "trang=" + n;
    }

    public String progressText(CertRow r) {
        var g = r.progress();
        return VietnameseFormat.number(g.minutes()) + " phút · " + g.sessionsAttended() + "/" + g.sessions() + " buổi · "
                + g.topicsCovered() + " chuyên đề · " + (g.surveySubmitted() ? "đã gửi phiếu khảo sát" : "chưa gửi phiếu khảo sát");
    }
}
