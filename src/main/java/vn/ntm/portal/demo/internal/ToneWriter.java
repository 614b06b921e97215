package vn.ntm.portal.demo.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * A few seconds of a plucked pentatonic melody as a WAV file (22,050 Hz, mono, 16-bit PCM), so the
 * songs block has something real to play. Written by hand: a WAV file is a 44-byte header and samples.
 */
public final class ToneWriter {

    public static final int SAMPLE_RATE = 22_050;
    /** C major pentatonic over two octaves, the scale of much Vietnamese folk melody. */
    private static final double[] SCALE = {261.63, 293.66, 329.63, 392.00, 440.00, 523.25, 587.33, 659.25, 783.99};

    private ToneWriter() {
    }

    public static byte[] melody(long seed) {
        Random r = new Random(seed);
        int notes = 12 + r.nextInt(4);
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        int step = 4;
        for (int n = 0; n < notes; n++) {
            step = Math.max(0, Math.min(SCALE.length - 1, step + r.nextInt(5) - 2));
            double seconds = n == notes - 1 ? 0.9 : r.nextInt(4) == 0 ? 0.6 : 0.3;
            note(pcm, SCALE[step], seconds);
        }
        return wav(pcm.toByteArray());
    }

    private static void note(ByteArrayOutputStream out, double freq, double seconds) {
        int samples = (int) (SAMPLE_RATE * seconds);
        for (int i = 0; i < samples; i++) {
            double t = (double) i / SAMPLE_RATE;
            double envelope = Math.min(1.0, t / 0.01) * Math.exp(-3.5 * t);
            double v = Math.sin(2 * Math.PI * freq * t) + 0.3 * Math.sin(4 * Math.PI * freq * t);
            short s = (short) (v / 1.3 * envelope * 0.6 * Short.MAX_VALUE);
            out.write(s & 0xff);
            out.write((s >> 8) & 0xff);
        }
    }

    static byte[] wav(byte[] pcm) {
        ByteBuffer b = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + pcm.length);
        b.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        b.putShort((short) 1).putShort((short) 1).putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2);
        b.putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(pcm.length).put(pcm);
        return b.array();
    }
}
