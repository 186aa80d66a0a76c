package vn.motcua.queue.backend.event.ws;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Refuses the WebSocket upgrade with 404 for a center that does not exist. */
@ApplicationScoped
public class KnownCenterUpgradeCheck implements HttpUpgradeCheck {

    @Inject
    KnownCenters centers;

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String code = context.pathParam("center");
        return Uni.createFrom().item(() -> centers.idOf(code).isPresent())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(known -> known ? CheckResult.permitUpgradeSync() : CheckResult.rejectUpgradeSync(404));
    }
}
