package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void stripsTheUtf8ByteOrderMark() throws Exception {
        byte[] bytes = ("\uFEFFName,Email\nNguyễn Văn An,a@x.vn\n").getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.decode(bytes)).startsWith("Name,Email").contains("Nguyễn Văn An");
    }

    @Test
    void readsUtf16WithAndWithoutByteOrderMark() throws Exception {
        String text = "Name\tEmail\r\nĐinh Văn Tùng\tt@x.vn\r\n";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoding.decode(le)).isEqualTo(text);
        assertThat(TextDecoding.decode(be)).isEqualTo(text);
        assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
        assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(text);
    }

    @Test
    void returnsNfcText() throws Exception {
        String decomposed = Normalizer.normalize("Nguyễn Thị Thủy", Normalizer.Form.NFD);
        assertThat(TextDecoding.decode(decomposed.getBytes(StandardCharsets.UTF_8))).isEqualTo("Nguyễn Thị Thủy");
    }

    @Test
    void refusesWindows1258NamingIt() {
        assertThat(Charset.isSupported("windows-1258")).isTrue();
        byte[] bytes = Fixtures.bytes("zoom-meeting-windows-1258.csv");
        assertThat(TextDecoding.looksLikeWindows1258(bytes)).isTrue();
        assertThatThrownBy(() -> TextDecoding.decode(bytes))
                .isInstanceOf(RefusedFileException.class)
                .hasMessage(TextDecoding.WINDOWS_1258)
                .hasMessageContaining("Windows-1258")
                .hasMessageContaining("CSV UTF-8");
    }

    @Test
    void refusesOtherLegacyEncodingsWithTheGeneralMessage() {
        byte[] latin1 = "Name\nFran\u00e7ois Dupr\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoding.looksLikeWindows1258(latin1)).isFalse();
        assertThatThrownBy(() -> TextDecoding.decode(latin1)).hasMessage(TextDecoding.NOT_UTF8);
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        assertThatThrownBy(() -> TextDecoding.decode(new byte[0])).hasMessage(TextDecoding.EMPTY);
        assertThatThrownBy(() -> TextDecoding.decode("\n \n".getBytes(StandardCharsets.UTF_8))).hasMessage(TextDecoding.EMPTY);
        assertThatThrownBy(() -> TextDecoding.decode(new byte[] {'%', 'P', 'D', 'F', '-', '1'})).hasMessage(TextDecoding.BINARY);
        assertThatThrownBy(() -> TextDecoding.decode(new byte[] {'a', 0, 0, 0, 'b', 0, 0, 0, 'c', 0, 0, 0}))
                .hasMessage(TextDecoding.BINARY);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
