package vn.motcua.queue.backend.center.rest;

import java.util.List;
import vn.motcua.queue.backend.center.CounterStatus;

/** Response bodies of the center endpoints (API.md). */
public final class CenterViews {

    private CenterViews() {
    }

    public record CenterView(String code, String name, String address, String timeZone) {
    }

    public record ServiceView(String code, String name, String prefix, int targetWaitMinutes, boolean open,
                              long waiting, Integer estimatedWaitMinutes) {
    }

    public record CurrentTicket(String id, String number, String service, String status) {
    }

    public record CounterView(int number, String name, CounterStatus status, List<String> services, String clerk,
                              CurrentTicket currentTicket) {
    }
}
