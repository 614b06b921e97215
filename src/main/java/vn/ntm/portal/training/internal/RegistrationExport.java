package vn.ntm.portal.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.training.domain.GivenNameOrder;
import vn.ntm.portal.training.domain.Registration;
import vn.ntm.portal.training.domain.Topic;

/**
 * The registrants as CSV (UTF-8 with BOM, for Excel) or .xlsx, sorted the Vietnamese way by given name and then
 * the rest ({@link GivenNameOrder}). CSV cells that a spreadsheet would run as a formula are prefixed with a quote.
 */
public final class RegistrationExport {

    static final List<String> HEADERS = List.of("STT", "Họ và tên", "Tên", "Giới tính", "Năm sinh", "Đơn vị công tác", "Chức vụ", "Cấp",
            "Tỉnh/Thành phố", "Xã/Phường", "Số điện thoại", "E-mail", "Đối tượng", "Loại chủ thể", "Sản phẩm", "Chuyên đề quan tâm",
            "Kênh đăng ký", "Kênh tham gia", "Tình trạng", "Mã đăng ký", "Thời điểm đăng ký", "Đồng ý xử lý dữ liệu");

    private RegistrationExport() {
    }

    public static List<Registration> sorted(List<Registration> rows) {
        Comparator<String> names = GivenNameOrder.names();
        List<Registration> out = new ArrayList<>(rows);
        out.sort((a, b) -> {
            int c = names.compare(a.fullName(), b.fullName());
            return c != 0 ? c : Long.compare(a.id(), b.id());
        });
        return out;
    }

    static List<List<String>> table(List<Registration> rows, List<Topic> topics) {
        Map<Long, Integer> numbers = topics.stream().collect(Collectors.toMap(Topic::id, Topic::number));
        List<List<String>> out = new ArrayList<>();
        int n = 0;
        for (Registration r : sorted(rows)) {
            n++;
            Function<Object, String> s = o -> o == null ? "" : String.valueOf(o);
            out.add(List.of(String.valueOf(n), r.fullName(), GivenNameOrder.givenName(r.fullName()), r.gender() == null ? "" : r.gender().label(),
                    s.apply(r.birthYear()), r.organisation(), r.jobTitle(), r.level() == null ? "" : r.level().label(), r.provinceName(),
                    r.commune(), s.apply(r.phone()), s.apply(r.email()), r.category().label(),
                    r.producerType() == null ? "" : r.producerType().label(), r.productName(),
                    r.topicIds().stream().map(numbers::get).filter(x -> x != null).sorted().map(String::valueOf).collect(Collectors.joining(", ")),
                    r.channelWanted().label(), r.channel().label(), r.status().label(), r.displayCode(), VietnameseFormat.dateTime(r.createdAt()),
                    VietnameseFormat.dateTime(r.consentAt()) + " (" + r.consentVersion() + ")"));
        }
        return out;
    }

    public static byte[] csv(List<Registration> rows, List<Topic> topics) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, HEADERS);
        for (List<String> row : table(rows, topics)) {
            line(b, row);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = cells.get(i);
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            b.append(v);
        }
        b.append("\r\n");
    }

    public static byte[] xlsx(List<Registration> rows, List<Topic> topics, String title) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("Đăng ký");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row t = sheet.createRow(0);
            t.createCell(0).setCellValue(title);
            t.getCell(0).setCellStyle(bold);
            Row h = sheet.createRow(1);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(HEADERS.get(i));
                c.setCellStyle(bold);
            }
            int r = 2;
            for (List<String> row : table(rows, topics)) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    if (i == 0 || (i == 4 && !row.get(i).isEmpty())) {
                        x.createCell(i).setCellValue(Double.parseDouble(row.get(i)));
                    } else {
                        x.createCell(i).setCellValue(row.get(i));
                    }
                }
            }
            sheet.createFreezePane(0, 2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
