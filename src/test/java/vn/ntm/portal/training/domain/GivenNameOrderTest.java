package vn.ntm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GivenNameOrderTest {

    /** Written in the Vietnamese alphabet's order (a ă â b c d đ e ê … o ô ơ … u ư …), tones after the letters. */
    private static final List<String> GIVEN_NAMES_IN_ORDER = List.of("An", "Anh", "Ánh", "Ăn", "Ân", "Bình", "Châu", "Chi", "Cường", "Dũng",
            "Đức", "Giang", "Ha", "Hà", "Hả", "Hã", "Há", "Hạ", "Nga", "Ngọc", "Nhung", "On", "Ôn", "Ơn", "Uyên", "Ưng", "Yến");

    @Test
    void givenNamesSortInTheVietnameseAlphabet() {
        List<String> shuffled = new ArrayList<>(GIVEN_NAMES_IN_ORDER);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.sort(GivenNameOrder.names());
        assertThat(shuffled).containsExactlyElementsOf(GIVEN_NAMES_IN_ORDER);
    }

    @Test
    void peopleSortByTheLastWordThenByTheRest() {
        List<String> people = new ArrayList<>(List.of("Trần Văn Đức", "Nguyễn Thị Ánh", "Lê Anh", "Bùi Thị Anh", "Phạm Dũng", "Đỗ Văn Bình",
                "Nguyễn Văn Anh"));
        people.sort(GivenNameOrder.names());
        assertThat(people).containsExactly("Bùi Thị Anh", "Lê Anh", "Nguyễn Văn Anh", "Nguyễn Thị Ánh", "Đỗ Văn Bình", "Phạm Dũng", "Trần Văn Đức");
        assertThat(GivenNameOrder.givenName("  Nguyễn Thị Minh Khai ")).isEqualTo("Khai");
        assertThat(GivenNameOrder.rest("Nguyễn Thị Minh Khai")).isEqualTo("Nguyễn Thị Minh");
    }
}
