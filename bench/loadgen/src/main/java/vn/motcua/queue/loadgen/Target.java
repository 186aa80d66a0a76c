package vn.motcua.queue.loadgen;

/**
 * The backend under test: where it is, which center, the credentials of the kiosk and the staff, and how long
 * a request may take before it counts as failed.
 */
record Target(String host, int port, String center, String kioskToken, String staffUser, String staffPassword,
             long timeoutMillis) {

    static Target of(String baseUrl, String center, String kioskToken, String staffUser, String staffPassword,
                     long timeoutMillis) {
        java.net.URI uri = java.net.URI.create(baseUrl);
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        return new Target(uri.getHost(), port, center, kioskToken, staffUser, staffPassword, timeoutMillis);
    }

    String ticketsPath() {
        return "/api/centers/" + center + "/tickets";
    }

    String nextPath(int counter) {
        return "/api/centers/" + center + "/counters/" + counter + "/next";
    }

    String ticketActionPath(String ticketId, String action) {
        return "/api/tickets/" + ticketId + "/" + action;
    }

    String kioskAuthorization() {
        return "Bearer " + kioskToken;
    }
}
