package vn.motcua.queue.backend.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.queue.backend.common.ProblemException;

/** Resolves {@code Authorization: Bearer <device token>} to its device. */
@ApplicationScoped
public class DeviceAuth {

    private static final String BEARER = "Bearer ";

    /** The calling device, or {@link Caller#ANONYMOUS} without a bearer token; 401 for a bad token. */
    @Transactional
    public Caller resolve(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Caller.ANONYMOUS;
        }
        String token = authorization.substring(BEARER.length()).trim();
        Device device = Device.byTokenHash(DeviceTokens.hash(token))
                .orElseThrow(() -> ProblemException.unauthorized("Unknown device token"));
        if (device.revoked) {
            throw ProblemException.unauthorized("This device token has been revoked");
        }
        return Caller.device(device);
    }

    /** Like {@link #resolve} but a device is required. */
    public Caller requireDevice(String authorization) {
        Caller caller = resolve(authorization);
        if (caller.kind() != Caller.Kind.DEVICE) {
            throw ProblemException.unauthorized("Send the device token as 'Authorization: Bearer <token>'");
        }
        return caller;
    }
}
