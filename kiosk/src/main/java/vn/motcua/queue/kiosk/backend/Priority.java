package vn.motcua.queue.kiosk.backend;

/** The backend's priority groups with the Vietnamese label printed on the ticket. */
public enum Priority {
    NONE(null),
    ELDERLY("Người cao tuổi"),
    DISABLED("Người khuyết tật"),
    PREGNANT("Phụ nữ mang thai"),
    CHILD("Người có con nhỏ"),
    MERIT("Người có công");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    /** Vietnamese label for the paper ticket, null for an ordinary ticket. */
    public String label() {
        return label;
    }
}
