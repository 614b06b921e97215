package vn.ntm.portal.polls.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.shared.VietnameseText;

/**
 * A poll as typed in the back office, checked. The form sends the option rows as two parallel lists (the id of an
 * existing option, blank for a new row, and its label); a row left blank is dropped, which deletes an existing
 * option unless it has votes.
 */
public record PollInput(String question, String description, boolean multiple, int maxChoices, Instant opensAt,
                        Instant closesAt, boolean membersOnly, ResultVisibility visibility, boolean featured,
                        List<OptionInput> options) {

    public static final int MAX_OPTIONS = 20;

    /** An option row: {@code id} null for a new option. */
    public record OptionInput(Long id, String label) {
    }

    /** The raw form, kept to show it again with the errors. */
    public record Form(String question, String description, String mode, String maxChoices, String opens, String closes,
                       boolean membersOnly, String visibility, boolean featured, List<String> optionIds, List<String> labels) {

        public Form {
            optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
            labels = labels == null ? List.of() : List.copyOf(labels);
        }
    }

    /** The checked input, or the errors (in Vietnamese) when there are any. */
    public record Parsed(PollInput input, List<String> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Parsed parse(Form f) {
        List<String> errors = new ArrayList<>();
        String question = clean(f.question());
        if (question.isEmpty() || question.length() > 300) {
            errors.add("Câu hỏi không được để trống và dài tối đa 300 ký tự.");
        }
        String description = f.description() == null ? "" : VietnameseText.nfc(f.description().strip());
        if (description.length() > 2000) {
            errors.add("Phần giới thiệu dài tối đa 2.000 ký tự.");
        }
        List<OptionInput> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < f.labels().size(); i++) {
            String label = clean(f.labels().get(i));
            String rawId = i < f.optionIds().size() ? f.optionIds().get(i) : "";
            Long id = null;
            if (rawId != null && !rawId.isBlank()) {
                if (!rawId.strip().matches("\\d{1,18}")) {
                    errors.add("Dòng phương án thứ " + (i + 1) + " không hợp lệ; vui lòng tải lại trang.");
                    continue;
                }
                id = Long.parseLong(rawId.strip());
            }
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > 200) {
                errors.add("Phương án \"" + label.substring(0, 40) + "…\" dài quá 200 ký tự.");
            } else if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                errors.add("Phương án \"" + label + "\" bị trùng.");
            }
            options.add(new OptionInput(id, label));
        }
        if (options.size() < 2) {
            errors.add("Cần ít nhất hai phương án trả lời.");
        } else if (options.size() > MAX_OPTIONS) {
            errors.add("Tối đa " + MAX_OPTIONS + " phương án trả lời.");
        }
        boolean multiple = "nhieu".equals(f.mode());
        if (!multiple && !"mot".equals(f.mode())) {
            errors.add("Vui lòng chọn cách trả lời: một phương án hoặc nhiều phương án.");
        }
        int max = 1;
        if (multiple) {
            String raw = f.maxChoices() == null ? "" : f.maxChoices().strip();
            if (!raw.matches("\\d{1,2}") || Integer.parseInt(raw) < 2 || Integer.parseInt(raw) > Math.max(2, options.size())) {
                errors.add("Số phương án được chọn tối đa phải từ 2 đến số phương án trả lời (" + options.size() + ").");
            } else {
                max = Integer.parseInt(raw);
            }
        }
        Instant opens = instant(f.opens(), "Thời điểm bắt đầu", errors);
        Instant closes = f.closes() == null || f.closes().isBlank() ? null : instant(f.closes(), "Thời điểm kết thúc", errors);
        if (opens == null && (f.opens() == null || f.opens().isBlank())) {
            errors.add("Vui lòng nhập thời điểm bắt đầu.");
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("Thời điểm kết thúc phải sau thời điểm bắt đầu.");
        }
        ResultVisibility visibility = ResultVisibility.of(f.visibility()).orElse(null);
        if (visibility == null) {
            errors.add("Vui lòng chọn khi nào công bố kết quả.");
        }
        PollInput input = errors.isEmpty()
                ? new PollInput(question, description, multiple, max, opens, closes, f.membersOnly(), visibility, f.featured(), options)
                : null;
        return new Parsed(input, List.copyOf(errors));
    }

    /**
     * What may not change once a poll has ballots: the choice mode and its maximum, who may vote, and options that
     * were chosen (they may be renamed but not removed). Options given with an id must be the poll's own.
     */
    public List<String> problemsAgainst(Poll existing, long ballots, Map<Long, Long> counts) {
        List<String> errors = new ArrayList<>();
        Set<Long> kept = new HashSet<>();
        Set<Long> own = new HashSet<>();
        existing.options().forEach(o -> own.add(o.id()));
        for (OptionInput o : options) {
            if (o.id() != null) {
                if (!own.contains(o.id())) {
                    errors.add("Phương án \"" + o.label() + "\" không thuộc cuộc thăm dò này; vui lòng tải lại trang.");
                }
                kept.add(o.id());
            }
        }
        for (PollOption o : existing.options()) {
            long n = counts.getOrDefault(o.id(), 0L);
            if (!kept.contains(o.id()) && n > 0) {
                errors.add("Không xóa được phương án \"" + o.label() + "\" vì đã có " + VietnameseFormat.number(n)
                        + " lượt chọn; xóa đi sẽ làm sai kết quả. Bạn có thể sửa lời của phương án.");
            }
        }
        if (ballots > 0) {
            if (multiple != existing.multiple() || maxChoices != existing.maxChoices()) {
                errors.add("Không đổi được cách chọn (một hay nhiều phương án, số phương án tối đa) vì đã có "
                        + VietnameseFormat.number(ballots) + " người bình chọn theo cách cũ.");
            }
            if (membersOnly != existing.membersOnly()) {
                errors.add("Không đổi được đối tượng tham gia (công khai hay chỉ thành viên) vì đã có người bình chọn.");
            }
        }
        return errors;
    }

    private static String clean(String s) {
        return s == null ? "" : VietnameseText.nfc(s.strip()).replaceAll("\\s+", " ");
    }

    /** A {@code datetime-local} value typed in Vietnam's time. */
    private static Instant instant(String raw, String name, List<String> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw.strip()).atZone(VietnameseFormat.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(name + " không hợp lệ (dạng ngày/tháng/năm giờ:phút).");
            return null;
        }
    }
}
