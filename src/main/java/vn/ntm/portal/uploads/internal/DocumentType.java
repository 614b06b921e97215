package vn.ntm.portal.uploads.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.portal.web.UserInputException;

/**
 * The attachment formats we accept, recognised by structure: a PDF header and end marker; an OLE2
 * compound file holding a Word or Excel stream; a ZIP whose central directory lists
 * {@code [Content_Types].xml} and {@code word/} or {@code xl/} parts, without macros. The ZIP is read
 * from its directory only, so nothing is inflated (a ZIP bomb costs nothing here).
 */
enum DocumentType {
    PDF("pdf", "application/pdf"),
    DOC("doc", "application/msword"),
    XLS("xls", "application/vnd.ms-excel"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final String NOT_A_DOCUMENT = "Tệp đính kèm phải là PDF, Word (.doc, .docx) hoặc Excel (.xls, .xlsx). "
            + "Tệp này không đúng định dạng đó (định dạng được xác định theo nội dung tệp, không theo tên tệp).";
    static final String BROKEN = "Tệp đính kèm bị hỏng hoặc không đầy đủ. Vui lòng kiểm tra lại tệp.";
    static final String MACROS = "Tệp Office có chứa macro nên không được phép tải lên. Vui lòng lưu lại dưới dạng .docx hoặc .xlsx thông thường.";

    final String extension;
    final String mediaType;

    DocumentType(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static DocumentType of(byte[] bytes) {
        return switch (Sniffed.of(bytes)) {
            case PDF -> pdf(bytes);
            case OLE2 -> ole2(bytes);
            case ZIP -> ooxml(zipEntryNames(bytes));
            default -> throw new UserInputException(415, NOT_A_DOCUMENT);
        };
    }

    private static DocumentType pdf(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new UserInputException(400, BROKEN);
        }
        return PDF;
    }

    /**
     * Directory entries of a compound file sit at even offsets with UTF-16LE names; the main stream's name
     * tells Word from Excel, and a VBA project stream means macros.
     */
    private static DocumentType ole2(byte[] bytes) {
        String all = new String(bytes, 0, bytes.length & ~1, StandardCharsets.UTF_16LE);
        if (all.contains("_VBA_PROJECT")) {
            throw new UserInputException(415, MACROS);
        }
        if (all.contains("WordDocument")) {
            return DOC;
        }
        if (all.contains("Workbook") || all.contains("Book\u0000")) {
            return XLS;
        }
        throw new UserInputException(415, NOT_A_DOCUMENT);
    }

    private static DocumentType ooxml(List<String> names) {
        if (!names.contains("[Content_Types].xml")) {
            throw new UserInputException(415, NOT_A_DOCUMENT);
        }
        if (names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"))) {
            throw new UserInputException(415, MACROS);
        }
        boolean word = names.stream().anyMatch(n -> n.startsWith("word/"));
        boolean excel = names.stream().anyMatch(n -> n.startsWith("xl/"));
        if (word == excel) {
            throw new UserInputException(415, NOT_A_DOCUMENT);
        }
        return word ? DOCX : XLSX;
    }

    /** Names from the ZIP central directory, located through the end-of-central-directory record. */
    static List<String> zipEntryNames(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
            if (b.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new UserInputException(400, BROKEN);
        }
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        long offset = Integer.toUnsignedLong(b.getInt(end + 16));
        List<String> names = new ArrayList<>(count);
        long at = offset;
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + 46 > end || b.getInt((int) at) != 0x02014b50) {
                throw new UserInputException(400, BROKEN);
            }
            int nameLength = Short.toUnsignedInt(b.getShort((int) at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort((int) at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort((int) at + 32));
            if (at + 46 + nameLength > end) {
                throw new UserInputException(400, BROKEN);
            }
            names.add(new String(bytes, (int) at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46L + nameLength + extraLength + commentLength;
        }
        return names;
    }
}
