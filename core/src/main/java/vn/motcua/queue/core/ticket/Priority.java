package vn.motcua.queue.core.ticket;

/** Groups served with priority by law and custom (người cao tuổi, khuyết tật, phụ nữ mang thai, có con nhỏ, có công). */
public enum Priority {
    NONE("Thông thường"),
    ELDERLY("Người cao tuổi"),
    DISABLED("Người khuyết tật"),
    PREGNANT("Phụ nữ mang thai"),
    CHILD("Người có con nhỏ"),
    MERIT("Người có công");

    private final String vietnamese;

    Priority(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public boolean isPriority() {
        return this != NONE;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
