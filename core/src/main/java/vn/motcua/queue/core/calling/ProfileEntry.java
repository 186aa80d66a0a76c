package vn.motcua.queue.core.calling;

/** One service in a counter's work profile, with the counter's weight for it (1.0 = normal). */
public record ProfileEntry(String service, double weight) {

    public ProfileEntry {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("profile entry needs a service code");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive for service " + service);
        }
    }
}
