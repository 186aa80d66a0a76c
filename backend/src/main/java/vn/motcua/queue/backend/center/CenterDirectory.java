package vn.motcua.queue.backend.center;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.queue.backend.common.ProblemException;

/** Finds centers, services and counters by their public codes, or answers 404 naming what is unknown. */
@ApplicationScoped
public class CenterDirectory {

    public Center center(String code) {
        return Center.byCode(code).orElseThrow(() -> ProblemException.notFound("Unknown center '" + code + "'"));
    }

    public Center centerLocked(String code) {
        return Center.byCodeLocked(code)
                .orElseThrow(() -> ProblemException.notFound("Unknown center '" + code + "'"));
    }

    public Service service(Center center, String code) {
        return Service.byCode(center.id, code).orElseThrow(() -> ProblemException.notFound(
                "Unknown service '" + code + "' in center " + center.code));
    }

    /** The service with its row locked (fresh from the database), for taking a number. */
    public Service serviceLocked(Center center, String code) {
        return Service.byCodeLocked(center.id, code).orElseThrow(() -> ProblemException.notFound(
                "Unknown service '" + code + "' in center " + center.code));
    }

    public Counter counter(Center center, int number) {
        return Counter.byNumber(center.id, number).orElseThrow(() -> ProblemException.notFound(
                "Unknown counter " + number + " in center " + center.code));
    }
}
