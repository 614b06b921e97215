package vn.ntm.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of a {@link QrCode} SVG, as a scanner would: its path drawn into pixels, decoded with ZXing's reader. */
public final class QrSvgReader {

    private static final Pattern SVG = Pattern.compile("<svg [^>]*class=\"qr-code\".*?</svg>", Pattern.DOTALL);
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"/>");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    private QrSvgReader() {
    }

    /** The first QR code SVG element in an HTML page. */
    public static String svgIn(String html) {
        Matcher m = SVG.matcher(html);
        assertThat(m.find()).as("page has a QR code SVG").isTrue();
        return m.group();
    }

    /** Draws the SVG's runs of dark modules, three pixels a module, and reads the picture as a QR code. */
    public static String read(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).as("viewBox").isTrue();
        int modules = Integer.parseInt(box.group(1));
        assertThat(box.group(2)).isEqualTo(box.group(1));
        Matcher path = PATH.matcher(svg);
        assertThat(path.find()).as("path").isTrue();
        int scale = 3;
        int side = modules * scale;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xffffffff);
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
