package vn.ntm.portal.training.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the small ZIP that YouTube Studio exports, defensively: at most {@value #MAX_ENTRIES} entries, at most
 * {@value #MAX_ENTRY_BYTES} bytes per entry and {@value #MAX_TOTAL_BYTES} in all, counted while inflating (the sizes in
 * the ZIP's headers are not trusted), so a "zip bomb" is refused before it fills the memory. Directories and entries
 * that are no {@code .csv} are skipped; names are kept without their folder.
 */
final class ZipEntries {

    static final int MAX_ENTRIES = 32;
    static final int MAX_ENTRY_BYTES = 20 * 1024 * 1024;
    static final int MAX_TOTAL_BYTES = 40 * 1024 * 1024;

    static final String TOO_LARGE = "Tệp ZIP giải nén ra quá lớn hoặc có quá nhiều tệp; tệp xuất từ YouTube Studio chỉ gồm "
            + "\"Table data.csv\", \"Chart data.csv\" và \"Totals.csv\".";
    static final String BROKEN = "Tệp ZIP bị hỏng, không giải nén được.";

    private ZipEntries() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** CSV entries by lower-case file name (without folder), in ZIP order. */
    static Map<String, byte[]> csvEntries(byte[] zip) throws RefusedFileException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new RefusedFileException(TOO_LARGE);
                }
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName();
                name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
                boolean wanted = name.endsWith(".csv");
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                long entryBytes = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    entryBytes += n;
                    total += n;
                    if (entryBytes > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw new RefusedFileException(TOO_LARGE);
                    }
                    if (wanted) {
                        data.write(buffer, 0, n);
                    }
                }
                if (wanted && !out.containsKey(name)) {
                    out.put(name, data.toByteArray());
                }
            }
        } catch (ZipException ex) {
            throw new RefusedFileException(BROKEN);
        } catch (IOException ex) {
            throw new RefusedFileException(BROKEN);
        }
        if (entries == 0) {
            throw new RefusedFileException(BROKEN);
        }
        return out;
    }
}
