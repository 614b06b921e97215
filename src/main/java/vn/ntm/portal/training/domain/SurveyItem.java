package vn.ntm.portal.training.domain;

import java.util.List;

/**
 * A question of a survey. Ratings are 1–5, a recommendation (NPS) 0–10; choices are numbered from 1 in the order of
 * {@code options}. At most one rating item per survey is the "positive" marker.
 */
public record SurveyItem(long id, long surveyId, int position, Kind kind, String label, List<String> options, boolean required,
                         boolean positiveMarker) {

    public enum Kind implements Labelled {
        RATING("Thang điểm 1–5"), SINGLE("Chọn một"), MULTI("Chọn nhiều"), NUMBER("Số"), TEXT("Trả lời tự do"),
        NPS("Mức sẵn sàng giới thiệu 0–10");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        public boolean choices() {
            return this == SINGLE || this == MULTI;
        }

        /** The scale of a rating or recommendation, or null. */
        public int[] scale() {
            return this == RATING ? new int[] {1, 5} : this == NPS ? new int[] {0, 10} : null;
        }
    }

    /** The form field of this item. */
    public String field() {
        return "q" + id;
    }
}
