package vn.motcua.queue.backend.stats;

/** Rounding for the JSON of statistics: minutes, percents and means to one decimal. */
final class Round {

    private Round() {
    }

    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
