package vn.motcua.queue.backend.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer device token or a session cookie value, with which of the two it is. */
public final class TokenRequest extends BaseAuthenticationRequest {

    public enum Kind { DEVICE, SESSION }

    private final Kind kind;
    private final String token;

    public TokenRequest(Kind kind, String token) {
        this.kind = kind;
        this.token = token;
    }

    public Kind kind() {
        return kind;
    }

    public String token() {
        return token;
    }
}
