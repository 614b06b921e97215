package vn.ntm.portal.demo.internal;

import java.util.ArrayList;
import java.util.List;

/** The generated landscape pictures: how many, their names and the theme each one shows. */
public final class ImageCatalog {

    public static final int COUNT = 40;
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 675;
    /** Rice field, orchard, village road, coast, tea hills, river: the keys of the alt/caption sections. */
    public static final List<String> THEMES = List.of("lua", "vuon", "lang", "bien", "doi", "song");

    /** A picture and what it shows. */
    public record Image(int index, String fileName, String theme) {

        public String path() {
            return DemoFile.PUBLIC_PREFIX + fileName;
        }
    }

    private static final List<Image> IMAGES = build();

    private ImageCatalog() {
    }

    public static List<Image> images() {
        return IMAGES;
    }

    private static List<Image> build() {
        List<Image> images = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String theme = THEMES.get(i % THEMES.size());
            images.add(new Image(i, String.format("anh-%02d-%s.jpg", i + 1, theme), theme));
        }
        return List.copyOf(images);
    }
}
