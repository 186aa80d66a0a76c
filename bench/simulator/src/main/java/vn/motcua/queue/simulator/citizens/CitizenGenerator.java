package vn.motcua.queue.simulator.citizens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.simulator.scenario.RateSegment;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.ServiceSpec;

/**
 * The citizens of one day: arrivals per service from a non-homogeneous Poisson process (thinning against the
 * curve's peak rate), then each citizen's priority, no-show, service time and transfer. Each service draws
 * from its own stream split off the seed, so adding a service does not reshuffle the others.
 */
public final class CitizenGenerator {

    private static final Priority[] PRIORITY_GROUPS = {
        Priority.ELDERLY, Priority.DISABLED, Priority.PREGNANT, Priority.CHILD, Priority.MERIT};

    private CitizenGenerator() {
    }

    public static List<Citizen> generate(Scenario scenario, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        List<Citizen> citizens = new ArrayList<>();
        for (ServiceSpec service : scenario.services()) {
            SplittableRandom rng = root.split();
            citizens.addAll(forService(scenario, service, rng));
        }
        citizens.sort(Comparator.comparing(Citizen::arrival).thenComparing(Citizen::service));
        return citizens;
    }

    private static List<Citizen> forService(Scenario scenario, ServiceSpec service, SplittableRandom rng) {
        List<Citizen> out = new ArrayList<>();
        double peakPerMilli = service.peakRatePerHour() / 3_600_000.0;
        if (peakPerMilli <= 0) {
            return out;
        }
        Instant from = scenario.openAt();
        Instant until = scenario.at(scenario.lastTicket());
        double t = 0;
        double span = Duration.between(from, until).toMillis();
        while (true) {
            t += -Math.log(1.0 - rng.nextDouble()) / peakPerMilli;
            if (t >= span) {
                return out;
            }
            Instant at = from.plusMillis((long) t);
            double accept = rateAt(service, scenario, at) / service.peakRatePerHour();
            if (rng.nextDouble() < accept) {
                out.add(citizen(scenario, service, at, rng));
            }
        }
    }

    private static double rateAt(ServiceSpec service, Scenario scenario, Instant at) {
        LocalTime local = at.atZone(scenario.zone()).toLocalTime();
        for (RateSegment segment : service.arrivals()) {
            if (segment.window().contains(local)) {
                return segment.perHour();
            }
        }
        return 0;
    }

    private static Citizen citizen(Scenario scenario, ServiceSpec service, Instant at, SplittableRandom rng) {
        // draw every attribute every time so one share's value does not shift the others' random streams
        boolean priority = rng.nextDouble() < service.priorityShare();
        Priority group = PRIORITY_GROUPS[rng.nextInt(PRIORITY_GROUPS.length)];
        boolean noShow = rng.nextDouble() < service.noShowShare();
        Duration serviceTime = ServiceTimeSampler.sample(service.serviceTime(), rng);
        boolean transfer = rng.nextDouble() < service.transferShare();
        double pick = rng.nextDouble();
        String target = transfer && !noShow ? transferTarget(scenario, service, pick) : null;
        ServiceSpec targetSpec = target == null ? service : scenario.service(target).orElseThrow();
        Duration second = ServiceTimeSampler.sample(targetSpec.serviceTime(), rng);
        return new Citizen(service.code(), at, priority ? group : Priority.NONE, noShow, serviceTime, target,
                target == null ? Duration.ZERO : second);
    }

    private static String transferTarget(Scenario scenario, ServiceSpec service, double pick) {
        List<String> options = new ArrayList<>(service.transferTo());
        if (options.isEmpty()) {
            scenario.services().stream().map(ServiceSpec::code).filter(c -> !c.equals(service.code()))
                    .forEach(options::add);
        }
        return options.isEmpty() ? null : options.get(Math.min(options.size() - 1, (int) (pick * options.size())));
    }
}
