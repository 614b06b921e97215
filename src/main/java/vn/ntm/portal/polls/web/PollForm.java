package vn.ntm.portal.polls.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.polls.domain.PollInput;
import vn.ntm.portal.polls.domain.ResultVisibility;
import vn.ntm.portal.shared.VietnameseFormat;

/**
 * The back-office poll form: the values typed (or stored), the option rows with their vote counts, and a few
 * empty rows so options can be added without JavaScript (admin-polls.js adds more).
 */
public record PollForm(Poll poll, PollInput.Form values, List<OptionRow> rows, List<String> errors, long ballots) {

    static final int EMPTY_ROWS = 4;
    private static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** One option row: {@code id} empty for a new option. */
    public record OptionRow(String id, String label, long votes) {
    }

    public boolean editing() {
        return poll != null;
    }

    public String action() {
        return editing() ? PollAdminMenu.PATH + "/" + poll.id() : PollAdminMenu.PATH + "/moi";
    }

    public boolean multiple() {
        return "nhieu".equals(values.mode());
    }

    public ResultVisibility[] visibilities() {
        return ResultVisibility.values();
    }

    static PollForm blank() {
        String opens = LOCAL.format(java.time.Instant.now().atZone(VietnameseFormat.ZONE));
        PollInput.Form values = new PollInput.Form("", "", "mot", "2", opens, "", false, ResultVisibility.ALWAYS.name(), false,
                List.of(), List.of());
        return of(null, values, List.of(), 0, Map.of());
    }

    static PollForm of(Poll poll, long ballots, Map<Long, Long> counts) {
        PollInput.Form values = new PollInput.Form(poll.question(), poll.description(), poll.multiple() ? "nhieu" : "mot",
                String.valueOf(Math.max(2, poll.maxChoices())), LOCAL.format(poll.opensAt().atZone(VietnameseFormat.ZONE)),
                poll.closesAt() == null ? "" : LOCAL.format(poll.closesAt().atZone(VietnameseFormat.ZONE)), poll.membersOnly(),
                poll.visibility().name(), poll.featured(),
                poll.options().stream().map(o -> String.valueOf(o.id())).toList(),
                poll.options().stream().map(o -> o.label()).toList());
        return of(poll, values, List.of(), ballots, counts);
    }

    static PollForm of(Poll poll, PollInput.Form values, List<String> errors, long ballots, Map<Long, Long> counts) {
        List<OptionRow> rows = new ArrayList<>();
        for (int i = 0; i < values.labels().size(); i++) {
            String id = i < values.optionIds().size() && values.optionIds().get(i) != null ? values.optionIds().get(i).strip() : "";
            String label = values.labels().get(i) == null ? "" : values.labels().get(i);
            if (id.isEmpty() && label.isBlank()) {
                continue;
            }
            long votes = id.matches("\\d{1,18}") ? counts.getOrDefault(Long.parseLong(id), 0L) : 0;
            rows.add(new OptionRow(id, label, votes));
        }
        int empty = Math.max(EMPTY_ROWS, 2 - rows.size());
        for (int i = 0; i < empty; i++) {
            rows.add(new OptionRow("", "", 0));
        }
        return new PollForm(poll, values, rows, errors, ballots);
    }
}
