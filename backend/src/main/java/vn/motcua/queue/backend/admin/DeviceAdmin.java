package vn.motcua.queue.backend.admin;

import static vn.motcua.queue.backend.admin.Validate.*;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import vn.motcua.queue.backend.admin.AdminRequests.DeviceRequest;
import vn.motcua.queue.backend.admin.AdminViews.DeviceAdminView;
import vn.motcua.queue.backend.admin.AdminViews.DeviceRegistered;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.device.Device;
import vn.motcua.queue.backend.device.DeviceTokens;
import vn.motcua.queue.backend.security.DeviceIdentities;

/** Registers kiosks and displays (the token is shown once) and revokes them. */
@ApplicationScoped
public class DeviceAdmin {

    @Inject
    CenterDirectory directory;
    @Inject
    vn.motcua.queue.backend.security.Audit audit;
    @Inject
    DeviceIdentities identities;

    @Transactional
    public List<DeviceAdminView> list(String centerCode) {
        return Device.ofCenter(directory.center(centerCode).id).stream().map(DeviceAdmin::view).toList();
    }

    /** Registers a device with a new random token. */
    @Transactional
    public DeviceRegistered register(String centerCode, DeviceRequest r) {
        return register(centerCode, r, DeviceTokens.newToken());
    }

    /** Registers a device with a given token (the demo's well-known tokens). */
    @Transactional
    public DeviceRegistered register(String centerCode, DeviceRequest r, String token) {
        Center center = directory.center(centerCode);
        if (r == null) {
            throw ProblemException.badRequest("Send a JSON body");
        }
        String code = code(r.code(), "code");
        String kind = required(r.kind(), "kind").toUpperCase(Locale.ROOT);
        if (!kind.equals("KIOSK") && !kind.equals("DISPLAY")) {
            throw ProblemException.badRequest("Field 'kind' must be KIOSK or DISPLAY");
        }
        if (Device.find("centerId = ?1 and code = ?2", center.id, code).firstResultOptional().isPresent()) {
            throw ProblemException.conflict("Device '" + code + "' exists already in center " + center.code);
        }
        Device d = new Device();
        d.centerId = center.id;
        d.code = code;
        d.kind = kind;
        d.name = r.name() == null ? code : text(r.name(), "name", 200);
        d.tokenHash = DeviceTokens.hash(token);
        d.persist();
        audit.action("config.device.register", center.id, null, code, kind);
        Log.infof("center=%s device=%s registered (%s)", center.code, code, kind);
        return new DeviceRegistered(code, kind, d.name, token);
    }

    @Transactional
    public DeviceAdminView revoke(String centerCode, String code) {
        Center center = directory.center(centerCode);
        Device d = Device.<Device>find("centerId = ?1 and code = ?2", center.id, code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Unknown device '" + code + "' in center " + center.code));
        d.revoked = true;
        identities.revokedInThisTransaction();
        audit.action("config.device.revoke", center.id, null, code, null);
        Log.infof("center=%s device=%s revoked", center.code, code);
        return view(d);
    }

    static DeviceAdminView view(Device d) {
        return new DeviceAdminView(d.code, d.kind, d.name, d.revoked, d.status, d.details, d.lastHeartbeatAt);
    }
}
