package vn.ntm.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SVG is read back as a picture (its path drawn into pixels) and decoded with ZXing's reader. */
class QrCodeTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"/>");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

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

    /** Draws the SVG's runs of dark modules, three pixels a module, and reads the picture as a QR code. */
    static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).as("viewBox").isTrue();
        int modules = Integer.parseInt(box.group(1));
        assertThat(box.group(2)).isEqualTo(box.group(1));
        Matcher path = PATH.matcher(svg);
        assertThat(path.find()).as("path").isTrue();
        int scale = 3;
        int side = modules * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xffffffff);
        Matcher run = RUN.matcher(path.group(1));
        int drawn = 0;
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            for (int px = x * scale; px < (x + length) * scale; px++) {
                for (int py = y * scale; py < (y + 1) * scale; py++) {
                    pixels[py * side + px] = 0xff000000;
                }
            }
            drawn += run.group().length();
        }
        assertThat(drawn).as("the path holds nothing but runs").isEqualTo(path.group(1).length());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
