package vn.ntm.portal.uploads.internal;

import java.text.Normalizer;

/**
 * The uploader's file name, kept only as metadata for the media library: its last path segment (either
 * slash), NFC, without control characters, at most 200 characters. It never names a stored file.
 */
final class OriginalName {

    private OriginalName() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = Normalizer.normalize(last, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "").strip();
        if (clean.equals(".") || clean.equals("..")) {
            return "";
        }
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
