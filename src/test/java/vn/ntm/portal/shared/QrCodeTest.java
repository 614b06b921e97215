package vn.ntm.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SVG is read back as a picture (its path drawn into pixels) and decoded with ZXing's reader, see {@link QrSvgReader}. */
class QrCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "otpauth://totp/V%C4%83n%20ph%C3%B2ng%20NTM:admin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=V%C4%83n%20ph%C3%B2ng%20NTM&algorithm=SHA1&digits=6&period=30",
            "Giấy chứng nhận hoàn thành khóa tập huấn Nông thôn mới số 2026/001",
            "x"})
    void theSvgDecodesBackToTheText(String text) throws Exception {
        assertThat(decode(QrCode.svg(text, "Mã QR"))).isEqualTo(text);
    }

    @Test
    void theLabelIsTheEscapedAccessibleNameAndNothingNeedsInlineStyles() {
        String svg = QrCode.svg("abc", "Mã QR <thử> & \"ok\"");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("role=\"img\"", "aria-label=\"Mã QR &lt;thử&gt; &amp; &quot;ok&quot;\"",
                        "<title>Mã QR &lt;thử&gt; &amp; &quot;ok&quot;</title>")
                .doesNotContain("style", "<thử>");
        assertThat(QrCode.svg("abc")).contains("aria-hidden=\"true\"").doesNotContain("role=\"img\"", "<title>");
    }

    @Test
    void emptyTextIsRefused() {
        assertThatThrownBy(() -> QrCode.svg("")).isInstanceOf(IllegalArgumentException.class);
    }

    static String decode(String svg) throws Exception {
        return QrSvgReader.read(svg);
    }
}
