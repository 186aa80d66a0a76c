package vn.motcua.queue.backend.history;

/** The demo center's services and counters (as in DemoData), for tests of the generator on a realistic center. */
final class DemoLike {

    /** Code, prefix, default service minutes; every target is 15 minutes. */
    static final String[][] SERVICES = {{"DD", "A", "12"}, {"TP", "B", "8"}, {"KD", "C", "10"}, {"XD", "D", "15"},
        {"LD", "E", "10"}, {"GT", "F", "8"}, {"MT", "G", "12"}, {"TH", "H", "7"}, {"TK", "K", "3"}};
    /** The work profiles of counters 1..12, each service with weight 1. */
    static final String[][] PROFILES = {{"DD", "MT"}, {"DD"}, {"TP"}, {"TP", "LD"}, {"KD"}, {"KD", "TH"}, {"XD", "DD"},
        {"LD"}, {"GT"}, {"GT", "TP"}, {"TH", "KD"}, {"TK", "TH"}};

    private DemoLike() {
    }
}
