package vn.motcua.queue.kiosk.backend;

/**
 * A backend call failed. {@link Kind#UNREACHABLE} and {@link Kind#SERVER_ERROR} are worth
 * retrying (the request may or may not have reached the backend); {@link Kind#REFUSED} is the
 * backend's final answer (4xx with a problem+json detail) and retrying would get the same.
 */
public class BackendException extends RuntimeException {

    public enum Kind { UNREACHABLE, SERVER_ERROR, REFUSED }

    private final Kind kind;
    private final int status;

    public BackendException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, 0 when there was no response. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return kind != Kind.REFUSED;
    }
}
