package vn.ntm.portal.training.certificates;

/** How the holder is addressed: "Chứng nhận Ông: …", "Bà: …" or, when the gender is not known, "Ông/Bà: …". */
public enum Honorific {
    ONG("Ông"),
    BA("Bà"),
    ONG_BA("Ông/Bà");

    private final String label;

    Honorific(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
