package vn.motcua.queue.kiosk.services;

import java.util.List;
import vn.motcua.queue.kiosk.backend.ServiceInfo;

/**
 * The center's services with live waiting counts. Polling today; the backend's event stream
 * ({@code /ws/centers/{c}/events}) can stand behind the same interface later.
 */
public interface ServiceFeed extends AutoCloseable {

    /** Latest known list, empty before the first answer. */
    List<ServiceInfo> current();

    @Override
    void close();
}
