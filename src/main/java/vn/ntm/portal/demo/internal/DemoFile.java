package vn.ntm.portal.demo.internal;

/**
 * A generated file under {@code ${ntm.upload-dir}/demo/}: its file name there, the name shown to readers,
 * and its size. The public path is {@code /uploads/demo/<fileName>}.
 */
public record DemoFile(String fileName, String displayName, long sizeBytes) {

    public static final String PUBLIC_PREFIX = "/uploads/demo/";

    public String path() {
        return PUBLIC_PREFIX + fileName;
    }
}
