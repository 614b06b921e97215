package vn.ntm.portal.training.imports;

/** Zoom's {@code New Name (Original Name)}: a participant renamed in the meeting keeps the original in parentheses. */
final class ZoomNames {

    private ZoomNames() {
    }

    /**
     * {@code "Nguyễn Văn A - Sở NN (Nguyen Van A)"} → {@code ["Nguyễn Văn A - Sở NN", "Nguyen Van A"]};
     * {@code "Tran B"} → {@code ["Tran B", "Tran B"]}. Only a final parenthesised group is taken as the original name
     * (so a name with parentheses that was never renamed is split too: Zoom's header gives no other clue).
     */
    static String[] split(String name) {
        if (name == null) {
            return new String[] {null, null};
        }
        String s = name.strip();
        if (s.endsWith(")")) {
            int depth = 0;
            for (int i = s.length() - 1; i >= 0; i--) {
                char c = s.charAt(i);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && --depth == 0) {
                    String display = s.substring(0, i).strip();
                    String original = s.substring(i + 1, s.length() - 1).strip();
                    if (original.isEmpty()) {
                        return new String[] {display.isEmpty() ? s : display, display.isEmpty() ? s : display};
                    }
                    return new String[] {display.isEmpty() ? original : display, original};
                }
            }
        }
        return new String[] {s, s};
    }
}
