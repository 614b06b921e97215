package vn.ntm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalCodesTest {

    @Test
    void codesUseOnlyUnambiguousCharactersAndAreReadForgivingly() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String c = PersonalCodes.generate();
            assertThat(c).matches("[0-9A-HJKMNP-TV-Z]{8}");
            seen.add(c);
        }
        assertThat(seen).as("random, not repeating").hasSizeGreaterThan(1995);
        assertThat(PersonalCodes.parse("7kq4-9xmp")).contains("7KQ49XMP");
        assertThat(PersonalCodes.parse(" o1l2-ABCD ")).contains("0112ABCD");
        assertThat(PersonalCodes.parse("7KQ4-9XM")).isEmpty();
        assertThat(PersonalCodes.parse("7KQ4-9XMU")).as("U is not in the alphabet").isEmpty();
        assertThat(PersonalCodes.display("7KQ49XMP")).isEqualTo("7KQ4-9XMP");
    }
}
