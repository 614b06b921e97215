package vn.ntm.portal.training.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a large, realistic Zoom meeting participant report (classic header with meeting data, Vietnamese names with
 * diacritics, renames, reconnects and overlapping devices, guests without e-mail, waiting-room rows), and knows the
 * answer: the number of people and the sum of their attended minutes, computed by a per-minute bitmap independent of
 * {@link IntervalUnion}. For tests and for the import benchmark:
 * {@code java … ZoomReportGenerator out.csv 100000}.
 */
public final class ZoomReportGenerator {

    /** The session the generated report covers: 28 Sept 2021, 08:00–11:30 in Vietnam. */
    public static final LocalDateTime START = LocalDateTime.of(2021, 9, 28, 8, 0);
    public static final int SESSION_MINUTES = 210;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hạnh", "Hùng", "Khánh", "Lan", "Linh", "Mai",
        "Nam", "Oanh", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến", "Đức"};
    private static final DateTimeFormatter ZOOM = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

    /** The file and what parsing it must give. */
    public record Generated(byte[] bytes, int rows, int waitingRoomRows, int people, long unionMinutes) {
    }

    private ZoomReportGenerator() {
    }

    public static Generated generate(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(rows * 120);
        sb.append('\uFEFF');
        sb.append("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n");
        sb.append("81234567890,\"Tập huấn OCOP - Buổi 1: Những điều cần biết về OCOP\",")
                .append(ZOOM.format(START.minusMinutes(10))).append(',').append(ZOOM.format(START.plusMinutes(SESSION_MINUTES)))
                .append(",host.ntm@example.vn,").append(SESSION_MINUTES + 10).append(",0\n");
        sb.append(",,,,,,\n");
        sb.append("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room\n");
        int written = 0;
        int waiting = 0;
        int people = 0;
        long unionMinutes = 0;
        // minutes from START - 30 to the end of the session + 30
        boolean[] covered = new boolean[SESSION_MINUTES + 60];
        while (written < rows) {
            people++;
            int person = people;
            String name = FAMILY[person % FAMILY.length] + " " + MIDDLE[(person / 7) % MIDDLE.length] + " " + GIVEN[(person / 3) % GIVEN.length]
                    + " " + person;
            String original = random.nextInt(4) == 0 ? name + " (" + net(name) + ")" : name;
            boolean guest = random.nextInt(5) == 0;
            String email = guest ? "" : "hv" + person + "@example.vn";
            int intervals = Math.min(rows - written, 1 + random.nextInt(5));
            java.util.Arrays.fill(covered, false);
            for (int k = 0; k < intervals; k++) {
                if (k == 0 && intervals > 1 && random.nextInt(10) == 0) {
                    int from = -5 - random.nextInt(10);
                    line(sb, original, email, from, from + 3, guest, true);
                    waiting++;
                    written++;
                    continue;
                }
                int from = -20 + random.nextInt(SESSION_MINUTES + 20);
                int to = Math.min(SESSION_MINUTES + 25, from + 1 + random.nextInt(120));
                line(sb, original, email, from, to, guest, false);
                for (int m = from; m < to; m++) {
                    covered[m + 30] = true;
                }
                written++;
            }
            for (int m = 0; m < SESSION_MINUTES; m++) {
                if (covered[m + 30]) {
                    unionMinutes++;
                }
            }
        }
        return new Generated(sb.toString().getBytes(StandardCharsets.UTF_8), written, waiting, people, unionMinutes);
    }

    private static void line(StringBuilder sb, String name, String email, int from, int to, boolean guest, boolean waitingRoom) {
        sb.append(name.indexOf(',') >= 0 ? '"' + name + '"' : name).append(',').append(email).append(',')
                .append(ZOOM.format(START.plusMinutes(from))).append(',').append(ZOOM.format(START.plusMinutes(to))).append(',')
                .append(to - from).append(',').append(guest ? "Yes" : "No").append(",Yes,").append(waitingRoom ? "Yes" : "No").append('\n');
    }

    /** The name as a Zoom account would often carry it: without diacritics. */
    private static String net(String name) {
        return vn.ntm.portal.shared.VietnameseText.fold(name);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "zoom-participants-100000.csv");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Generated g = generate(rows, 2021);
        Files.write(out, g.bytes());
        System.out.printf("%s: %d rows (%d in the waiting room), %d people, %d attended minutes in all%n", out, g.rows(),
                g.waitingRoomRows(), g.people(), g.unionMinutes());
    }
}
