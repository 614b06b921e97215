package vn.ntm.portal.training.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.ntm.portal.audit.AuditApi;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.VietnameseText;
import vn.ntm.portal.training.certificates.BirthDate;
import vn.ntm.portal.training.certificates.CertificateData;
import vn.ntm.portal.training.certificates.CertificateKind;
import vn.ntm.portal.training.certificates.CertificateRenderer;
import vn.ntm.portal.training.certificates.CertificateTemplate;
import vn.ntm.portal.training.certificates.Honorific;
import vn.ntm.portal.training.certificates.Issuer;
import vn.ntm.portal.training.certificates.Signatory;
import vn.ntm.portal.training.domain.CertEligibility;
import vn.ntm.portal.training.domain.CertRecord;
import vn.ntm.portal.training.domain.CertRow;
import vn.ntm.portal.training.domain.CertSettings;
import vn.ntm.portal.training.domain.Coorganiser;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.domain.RegistrationStatus;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.UserInputException;

/**
 * Certificates of a programme: the eligibility rules (programme columns), the certificate settings, manual decisions,
 * issuing with register numbers from {@code next_serial} under the settings row's lock (never reused; one valid
 * certificate per registration, by a partial unique index), revoking, and the PDFs through
 * {@link CertificateRenderer}. Every change is audited.
 */
@Service
public class CertService {

    private static final SecureRandom RANDOM = new SecureRandom();

    static final String CERT_COLUMNS = """
            c.id, c.programme_id, c.registration_id, c.serial, c.register_number, c.verify_token, c.full_name, c.issued_on,
            c.issued_at, c.issued_by, c.override_reason, c.emailed_at, c.revoked_at, c.revoked_reason, c.revoked_by""";

    static final RowMapper<CertRecord> CERT = (rs, i) -> cert(rs);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final TrainingStore store;
    private final AuditApi audit;
    private final UploadsApi uploads;
    private final ObjectMapper json;
    private final Path uploadDir;
    private final String baseUrl;

    CertService(JdbcClient jdbc, PlatformTransactionManager transactions, TrainingStore store, AuditApi audit, UploadsApi uploads,
                ObjectMapper json, @Value("${ntm.upload-dir:data/uploads}") Path uploadDir,
                @Value("${ntm.public-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.store = store;
        this.audit = audit;
        this.uploads = uploads;
        this.json = json;
        this.uploadDir = uploadDir.toAbsolutePath().normalize();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static CertRecord cert(ResultSet rs) throws SQLException {
        return new CertRecord(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("registration_id"), rs.getInt("serial"),
                rs.getString("register_number"), rs.getString("verify_token"), rs.getString("full_name"),
                rs.getDate("issued_on").toLocalDate(), TrainingStore.instant(rs, "issued_at"), rs.getString("issued_by"),
                rs.getString("override_reason"), TrainingStore.instant(rs, "emailed_at"), TrainingStore.instant(rs, "revoked_at"),
                rs.getString("revoked_reason"), rs.getString("revoked_by"));
    }

    /** The absolute address of a certificate's public verification page (the QR code's content). */
    public String verificationUrl(CertRecord c) {
        return baseUrl + c.path();
    }

    // ---- rules and settings

    public CertEligibility.Rules rules(long programmeId) {
        return jdbc.sql("SELECT cert_min_minutes, cert_min_session_percent, cert_min_topics, cert_survey_required FROM training_programme WHERE id = ?")
                .param(programmeId)
                .query((rs, i) -> new CertEligibility.Rules(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4))).single();
    }

    public void saveRules(Programme p, CertEligibility.Rules rules) {
        tx.executeWithoutResult(s -> {
            CertEligibility.Rules before = rules(p.id());
            jdbc.sql("UPDATE training_programme SET cert_min_minutes = ?, cert_min_session_percent = ?, cert_min_topics = ?, cert_survey_required = ?, updated_at = now() WHERE id = ?")
                    .params(rules.minMinutes(), rules.minSessionPercent(), rules.minTopics(), rules.surveyRequired(), p.id()).update();
            audit.record("training.certificate-rules-updated", "training_programme", String.valueOf(p.id()), before, rules);
        });
    }

    public CertSettings settings(long programmeId) {
        return jdbc.sql("""
                SELECT number_prefix, place, issuer_name, issuer_ids, national_motto, kind, issued_on, signatories::text, next_serial
                  FROM training_certificate_settings WHERE programme_id = ?""").param(programmeId)
                .query((rs, i) -> new CertSettings(rs.getString(1), rs.getString(2), rs.getString(3), TrainingStore.longs(rs.getArray(4)),
                        rs.getBoolean(5), rs.getString(6), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                        signers(rs.getString(8)), rs.getInt(9)))
                .optional().orElse(CertSettings.defaults());
    }

    private List<CertSettings.Signer> signers(String text) {
        List<CertSettings.Signer> out = new ArrayList<>();
        for (JsonNode n : json.readTree(text)) {
            JsonNode image = n.get("image");
            out.add(new CertSettings.Signer(n.path("title").asString(""), n.path("name").asString(""),
                    image == null || image.isNull() ? null : image.asLong()));
        }
        return out;
    }

    /** Checks and stores the settings; the serial is never touched here. */
    public void saveSettings(Programme p, CertSettings s) {
        List<String> errors = new ArrayList<>();
        if (!s.numberPrefix().matches("[A-Za-z0-9Đđ-]{1,30}")) {
            errors.add("Tiền tố số vào sổ chỉ gồm chữ, số và dấu gạch ngang (1–30 ký tự), ví dụ GCN-OCOP.");
        }
        if (s.place().isBlank() || s.place().length() > 100) {
            errors.add("Địa danh nơi cấp không được để trống (tối đa 100 ký tự).");
        }
        if (s.issuerName().length() > 300) {
            errors.add("Tên đơn vị cấp tối đa 300 ký tự.");
        }
        List<Long> own = store.coorganisers(p.id()).stream().map(Coorganiser::id).toList();
        if (!own.containsAll(s.issuerIds())) {
            errors.add("Đơn vị cấp phải là đơn vị phối hợp của chương trình.");
        }
        if (s.issuerIds().size() > CertificateTemplate.MAX_ISSUERS) {
            errors.add("Chọn tối đa 3 đơn vị cấp.");
        }
        if (s.signatories().size() > CertificateTemplate.MAX_SIGNATORIES) {
            errors.add("Tối đa 3 người ký.");
        }
        for (CertSettings.Signer g : s.signatories()) {
            if (g.title().isBlank() || g.name().isBlank() || g.title().length() > 200 || g.name().length() > 100) {
                errors.add("Mỗi người ký cần chức danh (tối đa 200 ký tự) và họ tên (tối đa 100 ký tự).");
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new UserInputException(400, String.join(" ", errors));
        }
        List<Map<String, Object>> signers = new ArrayList<>();
        for (CertSettings.Signer g : s.signatories()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", g.title());
            m.put("name", g.name());
            m.put("image", g.imageId());
            signers.add(m);
        }
        String signatories = json.writeValueAsString(signers);
        tx.executeWithoutResult(st -> {
            CertSettings before = settings(p.id());
            jdbc.sql("""
                    INSERT INTO training_certificate_settings (programme_id, number_prefix, place, issuer_name, issuer_ids, national_motto, kind, issued_on, signatories)
                    VALUES (?, ?, ?, ?, CAST(? AS bigint[]), ?, ?, ?, CAST(? AS jsonb))
                    ON CONFLICT (programme_id) DO UPDATE SET number_prefix = excluded.number_prefix, place = excluded.place,
                        issuer_name = excluded.issuer_name, issuer_ids = excluded.issuer_ids, national_motto = excluded.national_motto,
                        kind = excluded.kind, issued_on = excluded.issued_on, signatories = excluded.signatories""")
                    .params(p.id(), s.numberPrefix(), s.place(), s.issuerName(), pgArray(s.issuerIds()), s.nationalMotto(), s.kind(),
                            s.issuedOn(), signatories).update();
            audit.record("training.certificate-settings-updated", "training_programme", String.valueOf(p.id()), before, settings(p.id()));
        });
    }

    private static String pgArray(List<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }

    // ---- eligibility

    /** Every registration of the programme (but rejected ones) with its figures, verdict and valid certificate. */
    public List<CertRow> rows(Programme p) {
        return rows(p, null);
    }

    public Optional<CertRow> row(Programme p, long registrationId) {
        return rows(p, registrationId).stream().findFirst();
    }

    private List<CertRow> rows(Programme p, Long only) {
        CertEligibility.Rules rules = rules(p.id());
        int sessions = jdbc.sql("SELECT count(*) FROM training_session WHERE programme_id = ?").param(p.id()).query(Integer.class).single();
        String sql = """
                WITH att AS (
                    SELECT a.registration_id, sum(a.minutes) AS minutes,
                           count(*) FILTER (WHERE a.status IN ('PRESENT', 'LATE')) AS sessions
                      FROM training_attendance a JOIN training_session s ON s.id = a.session_id
                     WHERE s.programme_id = :p GROUP BY a.registration_id),
                topics AS (
                    SELECT a.registration_id, count(DISTINCT st.topic_id) AS topics
                      FROM training_attendance a JOIN training_session s ON s.id = a.session_id
                      JOIN training_session_topic st ON st.session_id = a.session_id
                     WHERE s.programme_id = :p AND a.status IN ('PRESENT', 'LATE') GROUP BY a.registration_id),
                surveyed AS (
                    SELECT DISTINCT sr.registration_id FROM training_survey_response sr JOIN training_survey sv ON sv.id = sr.survey_id
                     WHERE sv.programme_id = :p AND sr.registration_id IS NOT NULL)
                SELECT r.id AS reg_id, r.code, r.full_name AS reg_name, r.organisation, pr.name AS province_name, r.email IS NOT NULL AS has_email,
                       r.status, coalesce(att.minutes, 0) AS minutes, coalesce(att.sessions, 0) AS attended,
                       coalesce(topics.topics, 0) AS topics, surveyed.registration_id IS NOT NULL AS surveyed,
                       o.eligible AS o_eligible, o.reason AS o_reason, o.decided_by AS o_by, o.decided_at AS o_at,
                       c.id AS cert_id, """ + CERT_COLUMNS.replace("c.id, ", "") + """

                  FROM training_registration r
                  JOIN province pr ON pr.version = r.province_version AND pr.code = r.province_code
                  LEFT JOIN att ON att.registration_id = r.id
                  LEFT JOIN topics ON topics.registration_id = r.id
                  LEFT JOIN surveyed ON surveyed.registration_id = r.id
                  LEFT JOIN training_certificate_override o ON o.registration_id = r.id
                  LEFT JOIN training_certificate c ON c.registration_id = r.id AND c.revoked_at IS NULL
                 WHERE r.programme_id = :p AND r.status <> 'REJECTED'""" + (only == null ? "" : " AND r.id = :only") + """

                 ORDER BY r.id""";
        var q = jdbc.sql(sql).param("p", p.id());
        if (only != null) {
            q = q.param("only", only);
        }
        return q.query((rs, i) -> {
            var progress = new CertEligibility.Progress(rs.getInt("minutes"), rs.getInt("attended"), sessions, rs.getInt("topics"),
                    rs.getBoolean("surveyed"));
            Boolean oe = (Boolean) rs.getObject("o_eligible");
            var override = oe == null ? null : new CertEligibility.Override(oe, rs.getString("o_reason"), rs.getString("o_by"),
                    TrainingStore.instant(rs, "o_at"));
            CertRecord c = null;
            if (rs.getObject("cert_id") != null) {
                c = new CertRecord(rs.getLong("cert_id"), rs.getLong("programme_id"), rs.getLong("registration_id"), rs.getInt("serial"),
                        rs.getString("register_number"), rs.getString("verify_token"), rs.getString("full_name"),
                        rs.getDate("issued_on").toLocalDate(), TrainingStore.instant(rs, "issued_at"), rs.getString("issued_by"),
                        rs.getString("override_reason"), TrainingStore.instant(rs, "emailed_at"), null, null, null);
            }
            return new CertRow(rs.getLong("reg_id"), rs.getString("code"), rs.getString("reg_name"), rs.getString("organisation"),
                    rs.getString("province_name"), rs.getBoolean("has_email"), RegistrationStatus.valueOf(rs.getString("status")),
                    progress, CertEligibility.judge(rules, progress, override), c);
        }).list();
    }

    /** Grants or denies despite the rules ({@code eligible} null: back to the rules), with a reason; audited. */
    public void decide(Programme p, long registrationId, Boolean eligible, String reason, String user) {
        String why = reason == null ? "" : VietnameseText.nfc(reason.strip());
        if (why.isEmpty() || why.length() > 1000) {
            throw new UserInputException(400, "Cần ghi lý do của quyết định (tối đa 1.000 ký tự).");
        }
        store.registration(p.id(), registrationId).orElseThrow(() -> new UserInputException(404, "Không tìm thấy đăng ký này."));
        tx.executeWithoutResult(s -> {
            Map<String, Object> before = jdbc.sql("SELECT eligible, reason FROM training_certificate_override WHERE registration_id = ?")
                    .param(registrationId).query((rs, i) -> Map.<String, Object>of("eligible", rs.getBoolean(1), "reason", rs.getString(2)))
                    .optional().orElse(null);
            if (eligible == null) {
                jdbc.sql("DELETE FROM training_certificate_override WHERE registration_id = ?").param(registrationId).update();
            } else {
                jdbc.sql("""
                        INSERT INTO training_certificate_override (registration_id, eligible, reason, decided_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (registration_id) DO UPDATE SET eligible = excluded.eligible, reason = excluded.reason,
                            decided_by = excluded.decided_by, decided_at = now()""")
                        .params(registrationId, eligible, why, user).update();
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("programme", p.id());
            after.put("decision", eligible == null ? "RULES" : eligible ? "GRANT" : "DENY");
            after.put("reason", why);
            audit.record("training.certificate-override", "training_registration", String.valueOf(registrationId), before, after);
        });
    }

    // ---- issuing

    /** Issues one certificate; an already valid one is returned as it is (issuing twice never gives a second). */
    public CertRecord issue(Programme p, long registrationId, String user) {
        CertRow row = row(p, registrationId).orElseThrow(() -> new UserInputException(404, "Không tìm thấy đăng ký này."));
        if (row.certificate() != null) {
            return certificate(row.certificate().id()).orElseThrow();
        }
        if (!row.verdict().eligible()) {
            throw new UserInputException(409, "Chưa đủ điều kiện cấp giấy chứng nhận: " + row.verdict().reasonText() + ".");
        }
        List<CertRecord> issued = issueRows(p, List.of(row), user);
        if (issued.isEmpty()) {
            return current(registrationId).orElseThrow();
        }
        CertRecord c = issued.get(0);
        audit.record("training.certificate-issued", "training_certificate", String.valueOf(c.id()), null,
                Map.of("programme", p.id(), "registration", registrationId, "number", c.registerNumber(),
                        "override", c.overrideReason() == null ? "" : c.overrideReason()));
        return c;
    }

    /** Issues a certificate to every eligible registrant who holds none; returns how many were issued now. */
    public List<CertRecord> issueAll(Programme p, String user) {
        List<CertRow> due = rows(p).stream().filter(r -> r.certificate() == null && r.verdict().eligible()).toList();
        if (due.isEmpty()) {
            return List.of();
        }
        List<CertRecord> issued = issueRows(p, due, user);
        if (!issued.isEmpty()) {
            audit.record("training.certificates-issued", "training_programme", String.valueOf(p.id()), null,
                    Map.of("count", issued.size(), "first", issued.get(0).registerNumber(), "last", issued.get(issued.size() - 1).registerNumber()));
        }
        return issued;
    }

    /** Must be able to print: one to three issuers and signatories. */
    private void checkPrintable(Programme p, CertSettings s) {
        if (s.signatories().isEmpty() || (s.issuerIds().isEmpty() && s.issuerName().isBlank())) {
            throw new UserInputException(409, "Chưa đủ thiết lập giấy chứng nhận: cần ít nhất một đơn vị cấp và một người ký (mục \"Thiết lập giấy chứng nhận\").");
        }
    }

    /**
     * One transaction: the settings row is locked ({@code FOR UPDATE}), so serials of a programme are handed out one
     * at a time and next_serial only grows; a registration that got a valid certificate meanwhile is skipped (the
     * partial unique index is the last guard).
     */
    private List<CertRecord> issueRows(Programme p, List<CertRow> rows, String user) {
        return tx.execute(s -> {
            jdbc.sql("INSERT INTO training_certificate_settings (programme_id) VALUES (?) ON CONFLICT DO NOTHING").param(p.id()).update();
            int next = jdbc.sql("SELECT next_serial FROM training_certificate_settings WHERE programme_id = ? FOR UPDATE").param(p.id())
                    .query(Integer.class).single();
            CertSettings settings = settings(p.id());
            checkPrintable(p, settings);
            LocalDate on = settings.issuedOn() != null ? settings.issuedOn() : LocalDate.now(VietnameseFormat.ZONE);
            List<CertRecord> out = new ArrayList<>();
            for (CertRow r : rows) {
                Optional<CertRecord> inserted = jdbc.sql("""
                        INSERT INTO training_certificate (programme_id, registration_id, serial, register_number, verify_token, full_name,
                            issued_on, issued_by, override_reason)
                        SELECT ?, r.id, ?, ?, ?, r.full_name, ?, ?, ? FROM training_registration r
                         WHERE r.id = ? AND NOT EXISTS (SELECT 1 FROM training_certificate c WHERE c.registration_id = r.id AND c.revoked_at IS NULL)
                        RETURNING\s""" + CERT_COLUMNS.replace("c.", ""))
                        .params(p.id(), next, settings.registerNumber(next, on.getYear()), token(), on, user,
                                r.verdict().byRules() ? null : r.verdict().override().reason(), r.registrationId())
                        .query(CERT).optional();
                if (inserted.isPresent()) {
                    out.add(inserted.get());
                    next++;
                }
            }
            jdbc.sql("UPDATE training_certificate_settings SET next_serial = ? WHERE programme_id = ?").params(next, p.id()).update();
            return out;
        });
    }

    private static String token() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Revokes a valid certificate with a reason; the registrant may be issued a new one (with a new number). */
    public CertRecord revoke(Programme p, long certificateId, String reason, String user) {
        String why = reason == null ? "" : VietnameseText.nfc(reason.strip());
        if (why.isEmpty() || why.length() > 1000) {
            throw new UserInputException(400, "Cần ghi lý do thu hồi (tối đa 1.000 ký tự).");
        }
        CertRecord c = certificate(certificateId).filter(x -> x.programmeId() == p.id())
                .orElseThrow(() -> new UserInputException(404, "Không tìm thấy giấy chứng nhận này."));
        int n = jdbc.sql("UPDATE training_certificate SET revoked_at = now(), revoked_reason = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(why, user, c.id()).update();
        if (n == 0) {
            throw new UserInputException(409, "Giấy chứng nhận này đã bị thu hồi trước đó.");
        }
        audit.record("training.certificate-revoked", "training_certificate", String.valueOf(c.id()), Map.of("number", c.registerNumber()),
                Map.of("programme", p.id(), "registration", c.registrationId(), "reason", why));
        return certificate(c.id()).orElseThrow();
    }

    // ---- reads

    public Optional<CertRecord> certificate(long id) {
        return jdbc.sql("SELECT " + CERT_COLUMNS + " FROM training_certificate c WHERE c.id = ?").param(id).query(CERT).optional();
    }

    public Optional<CertRecord> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{16,64}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + CERT_COLUMNS + " FROM training_certificate c WHERE c.verify_token = ?").param(token).query(CERT).optional();
    }

    /** The registration's valid certificate, if any. */
    public Optional<CertRecord> current(long registrationId) {
        return jdbc.sql("SELECT " + CERT_COLUMNS + " FROM training_certificate c WHERE c.registration_id = ? AND c.revoked_at IS NULL")
                .param(registrationId).query(CERT).optional();
    }

    /** Valid certificates of the programme in register order. */
    public List<CertRecord> valid(long programmeId) {
        return jdbc.sql("SELECT " + CERT_COLUMNS + " FROM training_certificate c WHERE c.programme_id = ? AND c.revoked_at IS NULL ORDER BY c.serial")
                .param(programmeId).query(CERT).list();
    }

    /** Revoked certificates of the programme, latest first. */
    public List<CertRecord> revoked(long programmeId) {
        return jdbc.sql("SELECT " + CERT_COLUMNS + " FROM training_certificate c WHERE c.programme_id = ? AND c.revoked_at IS NOT NULL ORDER BY c.revoked_at DESC LIMIT 200")
                .param(programmeId).query(CERT).list();
    }

    // ---- PDFs

    /** Everything the certificates of a programme share, with the pictures read once. */
    public CertificateTemplate template(Programme p, LocalDate issuedOn) {
        CertSettings s = settings(p.id());
        List<Issuer> issuers = new ArrayList<>();
        Map<Long, Coorganiser> byId = new HashMap<>();
        store.coorganisers(p.id()).forEach(c -> byId.put(c.id(), c));
        for (long id : s.issuerIds()) {
            Coorganiser c = byId.get(id);
            if (c != null) {
                issuers.add(new Issuer(c.name(), publicImage(c.logoPath())));
            }
        }
        if (issuers.isEmpty() && !s.issuerName().isBlank()) {
            issuers.add(Issuer.named(s.issuerName()));
        }
        List<Signatory> signatories = new ArrayList<>();
        for (CertSettings.Signer g : s.signatories()) {
            signatories.add(new Signatory(g.title(), g.name(), g.imageId() == null ? null : privateImage(g.imageId())));
        }
        try {
            return new CertificateTemplate(issuers, s.nationalMotto(), p.name(), p.startsOn(), p.endsOn(), s.place(), issuedOn, signatories);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(409, e.getMessage());
        }
    }

    public CertificateData data(Programme p, CertRecord c, CertificateTemplate template) {
        var r = store.registration(p.id(), c.registrationId()).orElseThrow();
        Honorific h = r.gender() == null ? Honorific.ONG_BA : switch (r.gender()) {
            case NAM -> Honorific.ONG;
            case NU -> Honorific.BA;
            default -> Honorific.ONG_BA;
        };
        CertificateKind kind = "COMPLETED".equals(settings(p.id()).kind()) ? CertificateKind.COMPLETED : CertificateKind.PARTICIPATED;
        return new CertificateData(template, kind, h, c.fullName(), r.birthYear() == null ? null : BirthDate.ofYear(r.birthYear()),
                r.organisation(), c.registerNumber(), verificationUrl(c));
    }

    public byte[] pdf(Programme p, CertRecord c) {
        return CertificateRenderer.render(data(p, c, template(p, c.issuedOn())));
    }

    public String fileName(Programme p, CertRecord c) {
        return CertificateRenderer.fileName(data(p, c, template(p, c.issuedOn())));
    }

    /** Every valid certificate as one PDF for printing; returns the number of pages. */
    public int printAll(Programme p, OutputStream out) {
        List<CertRecord> all = valid(p.id());
        if (all.isEmpty()) {
            throw new UserInputException(409, "Chưa có giấy chứng nhận nào đã cấp để in.");
        }
        Map<LocalDate, CertificateTemplate> templates = new HashMap<>();
        List<CertificateData> data = new ArrayList<>(all.size());
        for (CertRecord c : all) {
            data.add(data(p, c, templates.computeIfAbsent(c.issuedOn(), d -> template(p, d))));
        }
        return CertificateRenderer.renderAll(data, out);
    }

    /** A co-organiser's logo under /uploads/ (null when missing or outside the upload directory). */
    private byte[] publicImage(String url) {
        if (url == null || !url.startsWith("/uploads/")) {
            return null;
        }
        Path file = uploadDir.resolve(url.substring("/uploads/".length())).normalize();
        if (!file.startsWith(uploadDir) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] privateImage(long id) {
        Optional<InputStream> in = uploads.openPrivate(id);
        if (in.isEmpty()) {
            return null;
        }
        try (InputStream s = in.get()) {
            return s.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
