package vn.motcua.queue.backend.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A bearer device token or a session cookie value, with which of the two it is; for a session, the lookup this
 * request made already (for its CSRF check), if any.
 */
public final class TokenRequest extends BaseAuthenticationRequest {

    public enum Kind { DEVICE, SESSION }

    private final Kind kind;
    private final String token;
    private final Sessions.Lookup lookup;

    public TokenRequest(Kind kind, String token) {
        this(kind, token, null);
    }

    public TokenRequest(Kind kind, String token, Sessions.Lookup lookup) {
        this.kind = kind;
        this.token = token;
        this.lookup = lookup != null && token.equals(lookup.token()) ? lookup : null;
    }

    public Kind kind() {
        return kind;
    }

    public String token() {
        return token;
    }

    /** The session lookup made earlier in this request for this very token, or null. */
    public Sessions.Lookup lookup() {
        return lookup;
    }
}
