package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.portal.training.imports.Fixtures.vn;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationMatcherTest {

    private static final Interval SLOT = new Interval(vn(2021, 9, 28, 8, 0), vn(2021, 9, 28, 9, 0));

    private static final List<Candidate> REGISTRATIONS = List.of(
            new Candidate(1, "Nguyễn Văn An", "An.Nguyen@Example.vn", "0912 345 678", "40"),
            new Candidate(2, "Trần Thị Bình", null, "0987.654.321", "42"),
            new Candidate(3, "Lê Hoàng Cường", "cuong@example.vn", null, "38"),
            new Candidate(4, "Lê Hoàng Cường", "cuong2@example.vn", null, "40"),
            new Candidate(5, "Phạm Thu Hà", null, null, "01"),
            new Candidate(6, "Đỗ Minh Đức", "shared@example.vn", null, "01"),
            new Candidate(7, "Đỗ Minh Tâm", "shared@example.vn", null, "01"));

    private static ZoomPerson person(String name, String email, String phone, String province) {
        return new ZoomPerson(ZoomPeople.key(email, name), name, name, email, phone, province, List.of(SLOT), List.of(2));
    }

    private static final Map<String, String> PROVINCES = Map.of("nghe an", "40", "ha tinh", "42", "thanh hoa", "38", "ha noi", "01");

    private final RegistrationMatcher matcher = new RegistrationMatcher(REGISTRATIONS,
            text -> PROVINCES.get(String.join(" ", RegistrationMatcher.words(text))));

    private MatchResult one(ZoomPerson p) {
        return matcher.match(List.of(p));
    }

    @Test
    void emailFirstCaseInsensitive() {
        MatchResult r = one(person("Someone Else", "an.nguyen@example.VN", null, null));
        assertThat(r.matches()).singleElement().satisfies(m -> {
            assertThat(m.registrationId()).isEqualTo(1);
            assertThat(m.method()).isEqualTo(MatchMethod.EMAIL);
        });
        assertThat(r.review()).isEmpty();
    }

    @Test
    void thenPhoneInPlus84FormIncludingDialInNames() {
        assertThat(one(person("Binh", "unknown@example.vn", "+84987654321", null)).matches())
                .singleElement().satisfies(m -> {
                    assertThat(m.registrationId()).isEqualTo(2);
                    assertThat(m.method()).isEqualTo(MatchMethod.PHONE);
                });
        assertThat(one(person("0912345678", null, null, null)).matches())
                .singleElement().satisfies(m -> assertThat(m.registrationId()).isEqualTo(1));
    }

    @Test
    void thenTheNameWithoutDiacriticsWithinTheProvince() {
        MatchResult r = one(person("Le Hoang Cuong", null, null, "Thanh Hóa"));
        assertThat(r.matches()).singleElement().satisfies(m -> {
            assertThat(m.registrationId()).isEqualTo(3);
            assertThat(m.method()).isEqualTo(MatchMethod.NAME);
        });
        assertThat(one(person("le hoang cuong", null, null, "40")).matches())
                .singleElement().satisfies(m -> assertThat(m.registrationId()).isEqualTo(4));
    }

    @Test
    void givenNameFirstAndAProvinceSuffixInTheZoomName() {
        assertThat(one(person("An Nguyen Van", null, null, "40")).matches())
                .singleElement().satisfies(m -> assertThat(m.registrationId()).isEqualTo(1));
        assertThat(one(person("Tran Thi Binh - Ha Tinh", null, null, null)).matches())
                .singleElement().satisfies(m -> {
                    assertThat(m.registrationId()).isEqualTo(2);
                    assertThat(m.method()).isEqualTo(MatchMethod.NAME);
                });
        assertThat(one(person("Pham Thu Ha_Hà Nội", null, null, null)).matches())
                .singleElement().satisfies(m -> assertThat(m.registrationId()).isEqualTo(5));
    }

    @Test
    void theRestGoesToTheReviewQueueWithSuggestions() {
        MatchResult r = matcher.match(List.of(
                person("Le Hoang Cuong", null, null, null),
                person("Le Hoang Cuong", null, null, "01"),
                person("Người Lạ", "nobody@example.vn", null, "01"),
                person("Do Minh", "shared@example.vn", null, null)));
        assertThat(r.matches()).isEmpty();
        assertThat(r.review()).extracting(MatchResult.Review::reason).containsExactly(
                ReviewReason.NO_PROVINCE, ReviewReason.NOT_FOUND, ReviewReason.NOT_FOUND, ReviewReason.AMBIGUOUS);
        assertThat(r.review().get(0).suggestions()).containsExactly(3L, 4L);
        assertThat(r.review().get(1).suggestions()).containsExactly(3L, 4L);
        assertThat(r.review().get(2).suggestions()).isEmpty();
        assertThat(r.review().get(3).suggestions()).containsExactly(6L, 7L);
        assertThat(ReviewReason.AMBIGUOUS.label()).isEqualTo("Có nhiều người đăng ký có thể tương ứng");
    }

    @Test
    void twoDevicesOfOneRegistrantAreUnitedForMinutes() {
        Interval morning = new Interval(vn(2021, 9, 28, 8, 0), vn(2021, 9, 28, 10, 0));
        Interval phone = new Interval(vn(2021, 9, 28, 9, 0), vn(2021, 9, 28, 11, 0));
        ZoomPerson laptop = new ZoomPerson("email:an.nguyen@example.vn", "Nguyễn Văn An", "Nguyen Van An", "an.nguyen@example.vn",
                null, null, List.of(morning), List.of(2));
        ZoomPerson mobile = new ZoomPerson("name:0912345678", "0912345678", "0912345678", null, null, null, List.of(phone), List.of(3));
        MatchResult r = matcher.match(List.of(laptop, mobile));
        assertThat(r.matches()).extracting(MatchResult.Match::method).containsExactly(MatchMethod.EMAIL, MatchMethod.PHONE);
        List<Interval> intervals = r.intervalsByRegistration().get(1L);
        assertThat(intervals).hasSize(2);
        Interval session = new Interval(vn(2021, 9, 28, 8, 0), vn(2021, 9, 28, 11, 30));
        assertThat(Attendance.of(intervals, session, AttendanceRules.defaults()).minutes()).isEqualTo(180);
    }

    @Test
    void nameWordsAreFoldedAndSuffixesFound() {
        assertThat(RegistrationMatcher.words("  Đỗ  Minh-Đức, (HTX) ")).containsExactly("do", "minh", "duc", "htx");
        assertThat(RegistrationMatcher.suffixStart("Tran Thi Binh - Ha Tinh")).isEqualTo(14);
        assertThat(RegistrationMatcher.suffixStart("Minh-Duc")).isEqualTo(-1);
        assertThat(RegistrationMatcher.suffixStart("An (Nghe An)")).isEqualTo(3);
    }
}
