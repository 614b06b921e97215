package vn.ntm.portal.uploads.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Content-addressed files under the upload directory: {@code <area>/ab/cd/abcd…<suffix>.<ext>}, named only
 * from a SHA-256 in hex and an extension we chose, so no uploaded name can reach the file system. Each file
 * is written under a temporary name in its final directory and moved into place atomically, so another
 * node (or a reader on this one) sees the whole file or none.
 */
final class FileStore {

    /**
     * The folder of private files (personal data), {@code <upload-dir>/private}. The {@code /uploads/**}
     * resource handler ({@code web.internal.UploadsConfiguration}) refuses everything in it.
     */
    static final String PRIVATE_AREA = "private";

    private final Path root;

    FileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    static String relativePath(String area, String sha256, String suffix, String extension) {
        if (!sha256.matches("[0-9a-f]{64}") || !suffix.matches("(-\\d{1,4}x\\d{1,4})?") || !extension.matches("[a-z]{3,4}")) {
            throw new IllegalArgumentException("not a content-hash name");
        }
        return area + "/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256 + suffix + "." + extension;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file unless it is already there (same name, same content); true when this call created it. */
    boolean write(String relative, byte[] bytes) {
        Path target = resolve(relative);
        if (Files.exists(target)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + UUID.randomUUID() + ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store upload " + relative, e);
        }
    }

    void delete(String relative) {
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove upload " + relative, e);
        }
    }

    Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("outside the upload directory: " + relative);
        }
        return path;
    }
}
