package vn.motcua.queue.display.hall;

/** One service's queue: how many wait and the estimated wait in minutes. */
public record ServiceView(String code, String name, String prefix, int targetWaitMinutes, boolean open, int waiting,
                          int estimatedWaitMinutes) {

    ServiceView withWaiting(int newWaiting) {
        return new ServiceView(code, name, prefix, targetWaitMinutes, open, newWaiting, estimatedWaitMinutes);
    }

    ServiceView withStats(int newWaiting, int newEstimate, boolean newOpen) {
        return new ServiceView(code, name, prefix, targetWaitMinutes, newOpen, newWaiting, newEstimate);
    }
}
