package vn.motcua.queue.backend.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.List;
import java.util.Set;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.security.StaffUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.queue.backend.admin.AdminRequests.CenterRequest;
import vn.motcua.queue.backend.admin.AdminRequests.CounterRequest;
import vn.motcua.queue.backend.admin.AdminRequests.DeviceRequest;
import vn.motcua.queue.backend.admin.AdminRequests.ProfileEntryRequest;
import vn.motcua.queue.backend.admin.AdminRequests.ServiceRequest;
import vn.motcua.queue.backend.admin.CenterAdmin;
import vn.motcua.queue.backend.admin.CounterAdmin;
import vn.motcua.queue.backend.admin.DeviceAdmin;
import vn.motcua.queue.backend.admin.ServiceAdmin;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.CounterStatus;
import vn.motcua.queue.backend.history.HistoryGenerator;
import vn.motcua.queue.core.calling.PolicyKind;

/**
 * Seeds the demo center HCC-DEMO once, only when {@code motcua.demo.seed=true} (the demo profile):
 * nine services, twelve counters with mixed work profiles, kiosk-1 and display-1 with well-known tokens.
 */
@ApplicationScoped
public class DemoData {

    public static final String CENTER = "HCC-DEMO";
    /** The same demo history every time. */
    private static final long HISTORY_SEED = 20261130L;

    /** code, Vietnamese name, prefix, target minutes, default service minutes. */
    private record Svc(String code, String name, String prefix, int target, double minutes) {
    }

    private static final List<Svc> SERVICES = List.of(
            new Svc("DD", "Đất đai", "A", 15, 12),
            new Svc("TP", "Tư pháp – Hộ tịch", "B", 15, 8),
            new Svc("KD", "Đăng ký kinh doanh", "C", 15, 10),
            new Svc("XD", "Xây dựng", "D", 15, 15),
            new Svc("LD", "Lao động – Thương binh và Xã hội", "E", 15, 10),
            new Svc("GT", "Giao thông vận tải", "F", 15, 8),
            new Svc("MT", "Tài nguyên và Môi trường", "G", 15, 12),
            new Svc("TH", "Thuế", "H", 15, 7),
            new Svc("TK", "Trả kết quả", "K", 15, 3));

    /** Work profile of counters 1..12, in order. */
    private static final List<List<String>> PROFILES = List.of(
            List.of("DD", "MT"), List.of("DD"), List.of("TP"), List.of("TP", "LD"), List.of("KD"),
            List.of("KD", "TH"), List.of("XD", "DD"), List.of("LD"), List.of("GT"), List.of("GT", "TP"),
            List.of("TH", "KD"), List.of("TK", "TH"));

    @Inject
    CenterAdmin centers;
    @Inject
    ServiceAdmin services;
    @Inject
    CounterAdmin counters;
    @Inject
    DeviceAdmin devices;
    @ConfigProperty(name = "motcua.demo.seed", defaultValue = "false")
    boolean seed;
    @Inject
    HistoryGenerator history;
    /** Weeks of closed history filled before today when the demo center has no older ticket (0: none). */
    @ConfigProperty(name = "motcua.demo.history-weeks", defaultValue = "0")
    int historyWeeks;

    void onStart(@Observes StartupEvent event) {
        if (seed) {
            seed();
            history.fillWeeksBeforeToday(CENTER, historyWeeks, HISTORY_SEED);
        }
    }

    /** admin, supervisor and clerk1..clerk12, all with the password "demo" (demo profile only). */
    private void seedUsers(Long centerId) {
        String hash = BcryptUtil.bcryptHash("demo");
        user("admin", Roles.ADMIN, "Quản trị (demo)", hash, centerId);
        user("supervisor", Roles.SUPERVISOR, "Lãnh đạo bộ phận (demo)", hash, centerId);
        for (int i = 1; i <= 12; i++) {
            user("clerk" + i, Roles.CLERK, "Cán bộ tiếp nhận " + i + " (demo)", hash, centerId);
        }
    }

    private static void user(String username, String role, String fullName, String hash, Long centerId) {
        if (StaffUser.byUsername(username).isPresent()) {
            return;
        }
        StaffUser u = new StaffUser();
        u.username = username;
        u.role = role;
        u.fullName = fullName;
        u.passwordHash = hash;
        u.enabled = true;
        u.persist();
        u.setCenters(Set.of(centerId));
    }

    @Transactional
    public void seed() {
        if (Center.byCode(CENTER).isPresent()) {
            return;
        }
        // open round the clock so the demo works whenever it is started
        centers.create(new CenterRequest(CENTER, "Trung tâm Phục vụ hành chính công tỉnh (demo)",
                "01 Đường Trần Phú, Phường 1, Thành phố (demo)", "Asia/Ho_Chi_Minh", "00:00", "23:59:59",
                "1,2,3,4,5,6,7", PolicyKind.DEADLINE, 2.0, 15));
        for (int i = 0; i < SERVICES.size(); i++) {
            Svc s = SERVICES.get(i);
            services.create(CENTER, new ServiceRequest(s.code(), s.name(), s.prefix(), s.target(), s.minutes(),
                    "STRICT", true, 1, i + 1));
        }
        for (int i = 0; i < PROFILES.size(); i++) {
            List<ProfileEntryRequest> profile = PROFILES.get(i).stream()
                    .map(code -> new ProfileEntryRequest(code, 1.0)).toList();
            counters.create(CENTER, new CounterRequest(i + 1, "Quầy số " + (i + 1), profile, null));
        }
        Counter.<Counter>list("centerId", Center.byCode(CENTER).orElseThrow().id)
                .forEach(c -> c.status = CounterStatus.OPEN);
        devices.register(CENTER, new DeviceRequest("kiosk-1", "KIOSK", "Kiosk sảnh chính"), "demo-kiosk-1");
        devices.register(CENTER, new DeviceRequest("display-1", "DISPLAY", "Màn hình sảnh chính"), "demo-display-1");
        seedUsers(Center.byCode(CENTER).orElseThrow().id);
        Log.infof("Demo data seeded: center %s, %d services, %d counters", CENTER, SERVICES.size(), PROFILES.size());
    }
}
